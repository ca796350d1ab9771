// npm run codegen: regenerates test/gql/ from codegen.yml and removes files it no longer makes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_DIR, ROOT, committedCodegenFiles, renderCodegenFiles } from './codegen-files.ts';

const files = await renderCodegenFiles();
mkdirSync(join(ROOT, OUTPUT_DIR), { recursive: true });
for (const stale of committedCodegenFiles().filter((path) => !files.has(path))) rmSync(join(ROOT, stale));
for (const [path, content] of files) writeFileSync(join(ROOT, path), content);
process.stdout.write(`codegen: wrote ${[...files.keys()].join(', ')}\n`);
