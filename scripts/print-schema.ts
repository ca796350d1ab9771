// npm run schema:print   writes schema/schema.graphql
// npm run schema:check   exits 1 when schema/schema.graphql differs from the schema in src/graphql
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { SCHEMA_FILE, firstDifferentLine, renderSchemaSdl } from './schema-sdl.ts';

const sdl = renderSchemaSdl();
const shown = relative(process.cwd(), SCHEMA_FILE);

if (process.argv.includes('--check')) {
  const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
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
  mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
  writeFileSync(SCHEMA_FILE, sdl);
  process.stdout.write(`schema:print: wrote ${shown}\n`);
}
