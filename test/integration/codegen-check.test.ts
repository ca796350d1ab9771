import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codegenProblems } from '../../scripts/codegen-files.ts';
import { ROOT, tempDir } from '../helpers/spawn.ts';

describe('codegen:check', () => {
  it('finds nothing to report on the committed test/gql/ (run `npm run codegen` when this fails)', async () => {
    expect(await codegenProblems()).toEqual([]);
  });

  it('reports a stale, a missing and an extra file', async () => {
    const copy = join(tempDir(), 'gql');
    cpSync(join(ROOT, 'test/gql'), copy, { recursive: true });
    const graphqlFile = join(copy, 'graphql.ts');
    writeFileSync(graphqlFile, readFileSync(graphqlFile, 'utf8').replace(/\n$/, '') + '\nexport type Edited = true;\n');
    rmSync(join(copy, 'index.ts'));
    writeFileSync(join(copy, 'old.ts'), '');
    expect((await codegenProblems(copy)).sort()).toEqual([
      'test/gql/graphql.ts is out of date',
      'test/gql/index.ts is missing',
      'test/gql/old.ts is no longer generated',
    ]);
  });
});
