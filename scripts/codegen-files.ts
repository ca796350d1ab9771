import { generate, loadContext } from '@graphql-codegen/cli';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUTPUT_DIR = 'test/gql';

const HEADER = '// GENERATED FILE: do not edit. Written by `npm run codegen` from codegen.yml, schema/schema.graphql and test/.\n';

/** Runs codegen.yml in memory: repo-relative path → file content, each .ts file with the generated-file header. */
export async function renderCodegenFiles(): Promise<Map<string, string>> {
  const context = await loadContext(join(ROOT, 'codegen.yml'));
  context.cwd = ROOT;
  context.updateConfig({ silent: true });
  const outputs: { filename: string; content: string }[] = await generate(context, false);
  // JSON has no comments: persisted-documents.json goes out as codegen wrote it.
  const withHeader = (file: { filename: string; content: string }) =>
    file.filename.endsWith('.ts') ? HEADER + file.content : file.content;
  return new Map(outputs.map((file) => [relative(ROOT, resolve(ROOT, file.filename)), withHeader(file)]));
}

/** The files now in the output directory, repo-relative. */
export function committedCodegenFiles(): string[] {
  const dir = join(ROOT, OUTPUT_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((name) => join(OUTPUT_DIR, name));
}

/** What differs between a fresh codegen run and the files in `dir` (default test/gql/); empty when none. */
export async function codegenProblems(dir = join(ROOT, OUTPUT_DIR)): Promise<string[]> {
  const files = new Map([...(await renderCodegenFiles())].map(([path, content]) => [basename(path), content]));
  const problems: string[] = [];
  for (const [name, content] of files) {
    const full = join(dir, name);
    if (!existsSync(full)) problems.push(`${OUTPUT_DIR}/${name} is missing`);
    else if (readFileSync(full, 'utf8') !== content) problems.push(`${OUTPUT_DIR}/${name} is out of date`);
  }
  const present = existsSync(dir) ? readdirSync(dir) : [];
  for (const extra of present.filter((name) => !files.has(name))) problems.push(`${OUTPUT_DIR}/${extra} is no longer generated`);
  return problems;
}
