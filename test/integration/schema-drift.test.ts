import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, renderSchemaSdl } from '../../scripts/schema-sdl.ts';
import { ROOT, runTs, tempDir } from '../helpers/spawn.ts';

describe('schema/schema.graphql', () => {
  it('matches the schema built from src/graphql (run `npm run schema:print` when this fails)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed, 'schema/schema.graphql is out of date: run `npm run schema:print` and commit it').toBe(renderSchemaSdl());
  });

  it('starts with a generated-file header', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toMatch(/^# GENERATED FILE: do not edit\./);
  });

  it('`schema:check` fails with a clear message on a stale file and passes on a fresh one', async () => {
    const stale = join(tempDir(), 'schema.graphql');
    writeFileSync(stale, renderSchemaSdl().replace('  viewer: Viewer!\n', ''));
    const script = join(ROOT, 'scripts/print-schema.ts');
    const failed = await runTs(script, ['--check', '--file', stale], { cwd: ROOT });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/schema\.graphql is out of date \(first difference at line \d+\)\. Run "npm run schema:print"/);

    writeFileSync(stale, renderSchemaSdl());
    const passed = await runTs(script, ['--check', '--file', stale], { cwd: ROOT });
    expect([passed.code, passed.stdout]).toEqual([0, expect.stringContaining('is up to date')]);
  });
});
