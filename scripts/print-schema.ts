// npm run schema:print   writes schema/schema.graphql
// npm run schema:check   exits 1 when schema/schema.graphql differs from the schema in src/graphql
// (--file PATH checks or writes another file instead; the tests use it)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SCHEMA_FILE, firstDifferentLine, renderSchemaSdl } from './schema-sdl.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean' }, file: { type: 'string' } } });
const file = values.file ? resolve(values.file) : SCHEMA_FILE;
const sdl = renderSchemaSdl();
const shown = relative(process.cwd(), file);

if (values.check) {
  const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const line = firstDifferentLine(sdl, committed);
  if (line !== undefined) {
    process.stderr.write(
      `schema:check: ${shown} is out of date (first difference at line ${line}). ` +
        'Run "npm run schema:print" and commit the result; then "npm run codegen" if clients changed.\n',
    );
    process.exit(1);
  }
  process.stdout.write(`schema:check: ${shown} is up to date\n`);
} else {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, sdl);
  process.stdout.write(`schema:print: wrote ${shown}\n`);
}
