// The hot reads of the API: how many statements a request runs whatever the number of
// authorizations (no N+1), and that each statement finds its rows through an index (no full scan).
import { describe, expect, it } from 'vitest';
import { setupAdAccountTest } from '../ad-accounts/support.ts';
import { rename } from '../history/support.ts';
import { secondApp } from './second-app.ts';

async function setup(authorizationCount: number) {
  const s = await setupAdAccountTest();
  const authorizationIds: string[] = [];
  for (let i = 0; i < authorizationCount; i++) authorizationIds.push((await s.systemUserWithAccounts(3)).authorization.id);
  const statements: string[] = [];
  const app = secondApp(s.t, { onStatement: (sql) => statements.push(sql) });

  /** Runs a query on the watched app and returns its data and the statements it ran. */
  async function run(query: string) {
    statements.length = 0;
    const response = await app.yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${s.apiKey}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return { data: body.data, statements: [...statements] };
  }
  // The first request also looks the API key up (then cached for a second); the runs below count what the query itself costs.
  await run('{ viewer { role } }');
  return { ...s, app, authorizationIds, run };
}

const PAGE = `{ authorizations(first: 50) { edges { node { id adAccounts(first: 2) { totalCount edges { cursor node { accountId name } } pageInfo { hasNextPage } } } } } }`;

const HISTORIES = `{ authorizations(first: 50) { edges { node { history(first: 1) { edges { node { type } } pageInfo { hasNextPage } } } } } }`;

const READINESS = `{ authorizations(first: 50) { edges { node { adAccounts(first: 10) { edges { node { inAccountList exportReadiness(jobType: EXPORT_AUDIENCES) { ready } } } } } } } }`;

describe('request cost', () => {
  it('a page of authorizations with their ad accounts runs the same few statements for 1 authorization and for 4', async () => {
    const one = await setup(1);
    const four = await setup(4);
    const fromOne = await one.run(PAGE);
    const fromFour = await four.run(PAGE);

    const pages = (data: Record<string, unknown> | undefined) =>
      (
        data as {
          authorizations: {
            edges: { node: { adAccounts: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } } } }[];
          };
        }
      ).authorizations.edges.map((edge) => edge.node.adAccounts);
    expect(pages(fromFour.data)).toHaveLength(4);
    for (const page of pages(fromFour.data)) expect(page).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(pages(fromFour.data).every((page) => page.edges.length === 2)).toBe(true);
    // The authorizations' page, their accounts' pages, the accounts' count: one statement each.
    expect(fromFour.statements).toHaveLength(fromOne.statements.length);
    expect(fromFour.statements.length).toBeGreaterThanOrEqual(2);
    expect(fromFour.statements.length).toBeLessThanOrEqual(4);
  });

  it('a page of authorizations with their histories runs two statements for 1 authorization and for 4', async () => {
    const one = await setup(1);
    const four = await setup(4);
    // Each authorization's creation and a rename: two events, one shown.
    for (const s of [one, four]) for (const id of s.authorizationIds) await rename(s, id, 'Renamed');
    const fromOne = await one.run(HISTORIES);
    const fromFour = await four.run(HISTORIES);
    const histories = (
      fromFour.data as { authorizations: { edges: { node: { history: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } } }[] } }
    ).authorizations.edges.map((edge) => edge.node.history);
    expect(histories).toHaveLength(4);
    for (const history of histories)
      expect(history).toMatchObject({ edges: [{ node: { type: expect.any(String) } }], pageInfo: { hasNextPage: true } });
    expect(fromOne.statements).toHaveLength(2);
    expect(fromFour.statements).toHaveLength(2);
  });

  it("the ad accounts' readiness and account-list membership cost the same statements for 1 authorization and for 4", async () => {
    const one = await setup(1);
    const four = await setup(4);
    const fromOne = await one.run(READINESS);
    const fromFour = await four.run(READINESS);
    expect(JSON.stringify(fromFour.data).match(/"ready"/g)).toHaveLength(12);
    expect(fromFour.statements).toHaveLength(fromOne.statements.length);
  });

  it('the hot statements find their rows through an index, never by scanning a table', async () => {
    const s = await setup(2);
    const [authorizationId] = s.authorizationIds;
    const readiness = `{ exportReadiness(authorizationId: "${authorizationId}", adAccountId: "act_1", jobType: EXPORT_AUDIENCES) { __typename } }`;
    const hot = [
      ...(await s.run(PAGE)).statements,
      ...(await s.run(`{ authorization(id: "${authorizationId}") { id label } }`)).statements,
      ...(await s.run(readiness)).statements,
      ...(await s.run(HISTORIES)).statements,
    ];
    // The API-key lookup, on a key the app has not cached yet.
    const uncached = secondApp(s.t, { onStatement: (sql) => hot.push(sql) });
    await uncached.yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${s.apiKey}` },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });

    const reads = hot.filter((sql) => /^select/i.test(sql));
    expect(reads.some((sql) => sql.includes('"ad_accounts"'))).toBe(true);
    expect(reads.some((sql) => sql.includes('"api_keys"'))).toBe(true);
    const plans = reads.map((sql) => ({
      sql,
      plan: (s.app.database.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail),
    }));
    const tables = (s.app.database.sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
      (row) => row.name,
    );
    // A subquery's or json_each's rows may be scanned (json_each is the list of ids bound as one parameter); a table's may not.
    const scansATable = (detail: string) => tables.some((table) => detail === `SCAN ${table}`);
    for (const { sql, plan } of plans) expect({ sql, scans: plan.filter(scansATable) }).toEqual({ sql, scans: [] });
    const adAccountPlans = plans
      .filter(({ sql }) => sql.includes('json_group_array') && sql.includes('ad_accounts'))
      .flatMap(({ plan }) => plan);
    const historyPlans = plans.filter(({ sql }) => sql.includes('row_number()') && sql.includes('"events"')).flatMap(({ plan }) => plan);
    expect(historyPlans).toContainEqual(expect.stringContaining('events_authorization_idx'));
    expect(adAccountPlans).toContainEqual(expect.stringContaining('ad_accounts_authorization_name_idx'));
  });
});
