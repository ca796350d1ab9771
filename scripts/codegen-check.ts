// npm run codegen:check: regenerates test/gql/ in memory and exits 1 when the committed files differ.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, committedCodegenFiles, renderCodegenFiles } from './codegen-files.ts';

const files = await renderCodegenFiles();
const problems: string[] = [];
for (const [path, content] of files) {
  const full = join(ROOT, path);
  if (!existsSync(full)) problems.push(`${path} is missing`);
  else if (readFileSync(full, 'utf8') !== content) problems.push(`${path} is out of date`);
}
for (const extra of committedCodegenFiles().filter((path) => !files.has(path))) problems.push(`${extra} is no longer generated`);

if (problems.length > 0) {
  process.stderr.write(`codegen:check: ${problems.join('; ')}. Run "npm run codegen" and commit test/gql/.\n`);
  process.exit(1);
}
process.stdout.write(`codegen:check: test/gql/ is up to date (${files.size} files)\n`);
