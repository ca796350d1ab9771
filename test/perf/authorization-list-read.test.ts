// The authorizations list's read: its default order (newest first, the id breaking ties) is one range
// of authorizations_workspace_created_id_idx, already in order (a sort would read the whole workspace
// before the first row), and it reads no token column, which no list field shows.
import { describe, expect, it } from 'vitest';
import { setupAdAccountTest } from '../ad-accounts/support.ts';
import { secondApp } from './second-app.ts';

async function setup() {
  const s = await setupAdAccountTest();
  for (let i = 0; i < 3; i++) await s.systemUserWithAccounts(1);
  const statements: string[] = [];
  const app = secondApp(s.t, { onStatement: (sql) => statements.push(sql) });
  async function list(query: string) {
    const response = await app.yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${s.apiKey}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      data?: { authorizations: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    return body.data!.authorizations;
  }
  return { app, statements, list };
}

async function listStatements(query: string) {
  const { app, statements, list } = await setup();
  expect((await list(query)).edges).toHaveLength(3);
  const reads = statements.filter((sql) => /^select .* from "authorizations"/s.test(sql) && sql.includes('order by'));
  expect(reads).toHaveLength(1);
  const sql = reads[0]!;
  const plan = (app.database.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail);
  return { sql, plan };
}

const DEFAULT_ORDER = '{ authorizations(first: 50) { edges { cursor node { id label tokenFingerprint tokenStatus { state } } } } }';
const AFTER = (cursor: string) => `{ authorizations(first: 50, after: "${cursor}") { edges { node { id } } } }`;

describe("the authorizations list's read", () => {
  it('reads the default order as one range of authorizations_workspace_created_id_idx, with no sort', async () => {
    const { sql, plan } = await listStatements(DEFAULT_ORDER);
    expect({ sql, plan }).toEqual({
      sql,
      plan: [expect.stringMatching(/^SEARCH authorizations USING INDEX authorizations_workspace_created_id_idx\b/)],
    });
  });

  it('resumes after a cursor on the same index, with no sort', async () => {
    // A cursor of the default order, newer than every row: the page after it is every row.
    const cursor = Buffer.from(JSON.stringify(['CREATED_AT', 'DESC', Number.MAX_SAFE_INTEGER, 'z'])).toString('base64url');
    const { sql, plan } = await listStatements(AFTER(cursor));
    expect(plan.some((detail) => detail.includes('TEMP B-TREE'))).toBe(false);
    expect({ sql, plan: plan.filter((detail) => /^(SEARCH|SCAN) authorizations\b/.test(detail)) }).toEqual({
      sql,
      plan: [expect.stringMatching(/^SEARCH authorizations USING INDEX authorizations_workspace_created_id_idx\b/)],
    });
  });

  it('answers every page size right, also past the number of compiled statements it keeps (one per order and size)', async () => {
    const { list } = await setup();
    for (let first = 0; first <= 70; first++) {
      const page = await list(`{ authorizations(first: ${first}) { edges { node { id } } pageInfo { hasNextPage } } }`);
      expect({ first, edges: page.edges.length, hasNextPage: page.pageInfo.hasNextPage }).toEqual({
        first,
        edges: Math.min(first, 3),
        hasNextPage: first < 3,
      });
    }
  });

  it('selects no token column: not the ciphertext, its key id or its hash', async () => {
    const { sql } = await listStatements(DEFAULT_ORDER);
    expect(sql).toContain('"token_fingerprint"');
    for (const column of ['"token_ciphertext"', '"token_key_id"', '"token_hash"'])
      expect({ sql, column, read: sql.includes(column) }).toEqual({ sql, column, read: false });
  });
});
