// listAdAccountsOfTokens: many tokens' /me/adaccounts as batch items, each with its own token and
// appsecret_proof (the sandbox requires proofs, like an app with "Require App Secret"), over real HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphReauthError } from '../../src/graph/errors.ts';
import { resetSandbox, startGraphHarness, userWithAccounts, type GraphHarness } from './support.ts';

let h: GraphHarness;
beforeAll(async () => {
  h = await startGraphHarness();
});
afterAll(() => h.close());
beforeEach(() => resetSandbox(h));

describe('listAdAccountsOfTokens', () => {
  it('reads 60 tokens in 2 batch requests, follows the pages of the one with more, and gives a dead token its error', async () => {
    const owners = Array.from({ length: 59 }, (_, i) => userWithAccounts(h, i % 3, ['MANAGE']));
    const big = userWithAccounts(h, 60, ['MANAGE']);
    const dead = h.userWithToken();
    h.world.expireToken(dead.token);
    const tokens = [...owners.slice(0, 30).map((o) => o.token), big.token, dead.token, ...owners.slice(30).map((o) => o.token)];
    h.world.resetCalls();

    const results = await h.client().listAdAccountsOfTokens(tokens, { pageSize: 25 });

    expect(results).toHaveLength(61);
    const ids = (i: number) => {
      const result = results[i]!;
      if (result instanceof Error) throw result;
      return result.map((a) => a.accountId).sort();
    };
    expect(ids(0)).toEqual(owners[0]!.accounts.map((a) => a.accountId).sort());
    expect(ids(29)).toEqual(owners[29]!.accounts.map((a) => a.accountId).sort());
    expect(ids(30)).toEqual(big.accounts.map((a) => a.accountId).sort());
    expect(results[31]).toBeInstanceOf(GraphReauthError);
    expect(ids(60)).toEqual(owners[58]!.accounts.map((a) => a.accountId).sort());
    // ⌈61/50⌉ batch requests for the first pages; the big one's 2 further pages as plain requests.
    const counters = h.world.counters();
    expect(counters.byEndpoint['POST batch']).toBe(2);
    expect(counters.byEndpoint['GET me/adaccounts']).toBe(61 + 2);
    expect(h.recorder.requests).toHaveLength(4);
    // No token in any request URL: the items' URLs, with their tokens, travel in the POST body.
    expect(h.recorder.requests.filter((r) => r.method === 'POST').every((r) => r.body?.includes('appsecret_proof'))).toBe(true);
    for (const request of h.recorder.requests) for (const token of tokens) expect(request.url).not.toContain(token);
  });
});
