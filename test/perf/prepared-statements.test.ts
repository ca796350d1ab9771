// The pages the dashboard opens (authorizations unfiltered, in any order, and their ad accounts) run
// statements prepared once: a request compiles no SQL (src/repositories/authorizations-ordered.ts).
import { describe, expect, it } from 'vitest';
import { setupAdAccountTest } from '../ad-accounts/support.ts';
import { secondApp } from './second-app.ts';

async function setup() {
  const s = await setupAdAccountTest();
  await s.systemUserWithAccounts(2);
  await s.systemUserWithAccounts(1);
  const app = secondApp(s.t);
  const prepared: string[] = [];
  const sqlite = app.database.sqlite;
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    prepared.push(source);
    return prepare(source);
  }) as typeof sqlite.prepare;

  /** Runs a query and returns the SQL it had to prepare. */
  async function preparedBy(query: string) {
    prepared.length = 0;
    const response = await app.yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${s.apiKey}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: { authorizations: { edges: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.authorizations.edges).toHaveLength(2);
    return [...prepared];
  }
  return { preparedBy };
}

const page = (args: string) =>
  `{ authorizations(first: 10${args}) { edges { cursor node { id label adAccounts(first: 10) { edges { node { name } } } } } } }`;

describe('prepared statements', () => {
  it('an unfiltered page, in each order, prepares its statement on first use only', async () => {
    const s = await setup();
    for (const order of ['', ', orderBy: { field: LABEL, direction: ASC }', ', orderBy: { field: HEALTH }']) {
      expect(await s.preparedBy(page(order))).not.toEqual([]);
      expect(await s.preparedBy(page(order))).toEqual([]);
      expect(await s.preparedBy(page(order))).toEqual([]);
    }
  });

  it('a filtered page prepares its statement on every request (the filter is part of the SQL)', async () => {
    const s = await setup();
    const filtered = page(', filter: { method: SYSTEM_USER }');
    await s.preparedBy(filtered);
    const again = await s.preparedBy(filtered);
    expect(again).toHaveLength(1);
    expect(again[0]).toContain('"authorizations"');
  });
});
