// npx tsx bench/list-read.ts [-- --runs 2000]
// What SQLite alone spends on the authorizations list's default page (50 rows of one workspace, newest
// first), read the way drizzle's prepared statements read it (`values()`), with each column set that
// a list could select. A guide for the list's repository, beside bench:api's whole-request figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client.ts';
import { startSandbox } from '../src/sandbox/sandbox.ts';
import { createBenchApp } from './bench-app.ts';
import { seedAuthorizations } from '../test/sweep/seed.ts';
import { createOrderedAuthorizationRepository } from '../src/repositories/authorizations-ordered.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2000' } } });
const RUNS = Number(values.runs);

const sandbox = await startSandbox({ seed: 'empty' });
const dir = mkdtempSync(join(tmpdir(), 'adsauth-bench-list-'));
const database = openDatabase(join(dir, 'adsauth.db'));
try {
  const app = createBenchApp({ sandbox, database });
  const { workspace } = app.services.apiKeys.create({ workspaceName: 'bench', name: 'bench', role: 'VIEWER' });
  seedAuthorizations(
    { db: database.db, cipher: app.kernel.cipher, world: sandbox.world, now: new Date() },
    { count: 50, workspaceId: workspace.id },
  );
  const columns = (database.sqlite.prepare('select * from authorizations limit 0').columns() as { name: string }[]).map((c) => c.name);
  const without = (...names: string[]) => columns.filter((c) => !names.includes(c)).join(', ');
  const variants: Record<string, string> = {
    'every column': columns.join(', '),
    'no token_ciphertext': without('token_ciphertext'),
    'no token_ciphertext, token_hash, token_key_id': without('token_ciphertext', 'token_hash', 'token_key_id'),
  };
  for (const index of database.sqlite
    .prepare("select name from sqlite_master where type = 'index' and tbl_name = 'authorizations'")
    .pluck()
    .all()) {
    console.log('index', index);
  }
  {
    const ordered = createOrderedAuthorizationRepository(database.db);
    const order = { field: 'CREATED_AT', direction: 'DESC', unknownAfterFailures: 3 } as const;
    const read = () => ordered.page(workspace.id, {}, order, 51, undefined);
    if (read().length !== 50) throw new Error('the page: not 50 rows');
    for (let i = 0; i < 200; i++) read();
    const start = process.hrtime.bigint();
    for (let i = 0; i < RUNS; i++) read();
    console.log(
      `the list's page (authorizations-ordered.ts), read and decoded: ${(Number(process.hrtime.bigint() - start) / 1000 / RUNS).toFixed(0)} µs per page`,
    );
  }
  // SQLite plans with a bound LIMIT's value, so binding it compiles the statement again: the cost of a literal and a bound LIMIT.
  for (const limit of [2, 51]) {
    for (const [name, text, args] of [
      ['literal', `select * from authorizations where workspace_id = ? order by created_at desc, id desc limit ${limit}`, [workspace.id]],
      ['bound', 'select * from authorizations where workspace_id = ? order by created_at desc, id desc limit ?', [workspace.id, limit]],
    ] as const) {
      const statement = database.sqlite.prepare(text).raw();
      for (let i = 0; i < 200; i++) statement.all(...args);
      const start = process.hrtime.bigint();
      for (let i = 0; i < RUNS; i++) statement.all(...args);
      console.log(
        `every column, ${limit} rows, ${name} LIMIT: ${(Number(process.hrtime.bigint() - start) / 1000 / RUNS).toFixed(0)} µs per page`,
      );
    }
  }
  const jsonColumns = ['scopes', 'declined_scopes', 'expired_scopes', 'problems', 'last_check_error', 'delegated_asset_ids'];
  const recordColumns = columns.filter((c) => !['token_ciphertext', 'token_hash', 'token_key_id'].includes(c));
  const asJson = recordColumns.map((c) => (jsonColumns.includes(c) ? `case when json_valid(${c}) then json(${c}) end` : c)).join(', ');
  {
    const statement = database.sqlite
      .prepare(
        `select json_group_array(json_array(${asJson}, created_at)) from (select * from authorizations where workspace_id = ? order by created_at desc, id desc limit ?)`,
      )
      .pluck();
    const read = () => JSON.parse(statement.get(workspace.id, 51) as string) as unknown[];
    if (read().length !== 50) throw new Error('json page: not 50 rows');
    for (let i = 0; i < 200; i++) read();
    const start = process.hrtime.bigint();
    for (let i = 0; i < RUNS; i++) read();
    console.log(`records as one JSON array, parsed: ${(Number(process.hrtime.bigint() - start) / 1000 / RUNS).toFixed(0)} µs per page`);
  }
  for (const [name, select] of Object.entries(variants)) {
    const statement = database.sqlite
      .prepare(`select ${select}, created_at from authorizations where workspace_id = ? order by created_at desc, id desc limit ?`)
      .raw();
    const plan = database.sqlite
      .prepare(`explain query plan select ${select} from authorizations where workspace_id = ? order by created_at desc, id desc limit ?`)
      .all(workspace.id, 51) as { detail: string }[];
    for (let i = 0; i < 200; i++) statement.all(workspace.id, 51);
    const start = process.hrtime.bigint();
    for (let i = 0; i < RUNS; i++) statement.all(workspace.id, 51);
    const us = Number(process.hrtime.bigint() - start) / 1000 / RUNS;
    console.log(`${name}: ${us.toFixed(0)} µs per page (${plan.map((p) => p.detail).join('; ')})`);
  }
} finally {
  database.close();
  rmSync(dir, { recursive: true, force: true });
  await sandbox.close();
}
