// A document that runs again is compiled by graphql-jit (src/http/compiled-execution.ts). Whether a
// request runs compiled or not must never show in its answer: the same data, the same errors.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { setupAdAccountTest } from '../ad-accounts/support.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { postOperation, postRaw, type RawResponse } from '../security/support.ts';

const RUNS = 4;

const PAGE = `query Page($first: Int) { authorizations(first: $first) { totalCount edges { cursor node { id label health
  tokenStatus { state issues { message } } adAccounts(first: 2) { totalCount edges { cursor node { id accountId name status tasks } }
  pageInfo { hasNextPage endCursor } } } } } }`;
const NODE = 'query Node($id: ID!) { node(id: $id) { id ... on Authorization { label } } }';

const shown = (response: RawResponse) => ({ status: response.status, body: response.body });

describe('compiled execution', () => {
  it('a document answers the same on its first run and on every run after it is compiled, errors included', async () => {
    const s = await setupAdAccountTest();
    const { authorization } = await s.systemUserWithAccounts(3);
    await s.systemUserWithAccounts(1);
    const requests: [string, Record<string, unknown>][] = [
      [PAGE, { first: 5 }],
      [NODE, { id: authorization.id }],
      // The client's mistakes: a variable that does not coerce, a required one left out, ids node(id) cannot load.
      [PAGE, { first: 'twenty' }],
      [NODE, {}],
      [NODE, { id: encodeGlobalID('Nope', '1') }],
      [NODE, { id: encodeGlobalID('Viewer', '1') }],
      [NODE, { id: 'not-a-global-id' }],
    ];
    for (const [query, variables] of requests) {
      const first = shown(await postOperation(s, s.apiKey, query, variables));
      for (let run = 1; run < RUNS; run++) {
        expect({ run, variables, ...shown(await postOperation(s, s.apiKey, query, variables)) }).toEqual({ run, variables, ...first });
      }
    }
    const codes = async (query: string, variables: Record<string, unknown>) => (await postOperation(s, s.apiKey, query, variables)).codes;
    expect(await codes(PAGE, { first: 'twenty' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes(NODE, { id: encodeGlobalID('Nope', '1') })).toEqual(['BAD_USER_INPUT']);
    expect(s.logs.records.filter((record) => record.level > 30)).toEqual([]);
  });

  it('each operation of a document with two answers by its own name, however often the document runs', async () => {
    const t = await createTestApp();
    const apiKey = t.createApiKey();
    const document = 'query Role { viewer { role } } query Workspace { viewer { workspace { name } } }';
    for (let run = 0; run < RUNS; run++) {
      for (const [operationName, data] of [
        ['Role', { viewer: { role: 'ADMIN' } }],
        ['Workspace', { viewer: { workspace: { name: 'Acme' } } }],
      ] as const) {
        const response = await postRaw(t, JSON.stringify({ query: document, operationName }), { authorization: `Bearer ${apiKey}` });
        expect({ run, operationName, body: response.body }).toEqual({ run, operationName, body: { data } });
      }
    }
  });
});
