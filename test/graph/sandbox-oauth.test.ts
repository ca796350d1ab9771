// Code exchange and long-lived exchange (docs/graph-api.md "Code exchange", "Long-lived tokens") against the sandbox over real HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphClientError, GraphReauthError } from '../../src/graph/errors.ts';
import { expectNoSecrets, rejectionOf, resetSandbox, startGraphHarness, type GraphHarness } from './support.ts';

const REDIRECT_URI = 'http://127.0.0.1:4000/oauth/facebook/callback/';
let h: GraphHarness;
beforeAll(async () => {
  h = await startGraphHarness();
});
afterAll(() => h.close());
beforeEach(() => resetSandbox(h));

function newCode(scopes = ['ads_management']) {
  const user = h.world.createUser({ name: 'Jane' });
  return { user, code: h.world.createAuthorizationCode({ userId: user.id, redirectUri: REDIRECT_URI, scopes }) };
}

describe('exchangeCode', () => {
  it('trades a code for a user token, with POST and no secret in any URL', async () => {
    const { user, code } = newCode();
    const grant = await h.client().exchangeCode({ code, redirectUri: REDIRECT_URI });
    expect(grant.tokenType).toBe('bearer');
    expect(h.world.tokenInfo(grant.accessToken)).toMatchObject({ type: 'USER', userId: user.id });
    expect(h.world.counters().byEndpoint['POST oauth/access_token']).toBe(1);
    expect(h.recorder.calls).toEqual([{ endpoint: 'POST oauth/access_token', ok: true, errorCode: undefined, batchItem: false }]);
    for (const request of h.recorder.requests) {
      expect(request.url).not.toContain(code);
      expect(request.url).not.toContain(h.world.app.secret);
    }
  });

  it('refuses a used code with 100/36009, without retrying', async () => {
    const { code } = newCode();
    await h.client().exchangeCode({ code, redirectUri: REDIRECT_URI });
    const error = await rejectionOf(h.client().exchangeCode({ code, redirectUri: REDIRECT_URI }));
    expect(error).toBeInstanceOf(GraphClientError);
    expect(error).toMatchObject({ code: 100, subcode: 36009, message: 'This authorization code has been used.' });
    expect(h.world.counters().byEndpoint['POST oauth/access_token']).toBe(2);
    expectNoSecrets(error, [code, h.world.app.secret]);
  });

  it('refuses a redirect_uri that differs from the dialog one', async () => {
    const { code } = newCode();
    const error = await rejectionOf(h.client().exchangeCode({ code, redirectUri: 'http://127.0.0.1:4000/elsewhere/' }));
    expect(error).toBeInstanceOf(GraphClientError);
    expect(error).toMatchObject({ code: 100 });
  });
});

describe('exchangeForLongLivedToken', () => {
  it('returns a new, long-lived token', async () => {
    const { token } = h.userWithToken();
    const grant = await h.client().exchangeForLongLivedToken({ accessToken: token });
    expect(grant.accessToken).not.toBe(token);
    expect(grant.expiresIn).toBeGreaterThan(50 * 24 * 3600);
    expect(h.recorder.requests.every((r) => r.method === 'POST' && !r.url.includes(token))).toBe(true);
  });

  it('cannot exchange an expired token: REAUTH 190/463', async () => {
    const { token } = h.userWithToken();
    h.world.expireToken(token);
    const error = await rejectionOf(h.client().exchangeForLongLivedToken({ accessToken: token }));
    expect(error).toBeInstanceOf(GraphReauthError);
    expect(error).toMatchObject({ code: 190, subcode: 463 });
    expectNoSecrets(error, [token, h.world.app.secret]);
  });

  it('refreshes a 60-day system-user token for another 60 days', async () => {
    const business = h.world.createBusiness({ name: 'BM' });
    const systemUser = h.world.createSystemUser({ businessId: business.id, name: 'Robot' });
    const token = h.world.createToken({ type: 'SYSTEM_USER', userId: systemUser.id, scopes: ['ads_management'], expiresInSeconds: 3600 });
    const grant = await h.client().exchangeForLongLivedToken({ accessToken: token.accessToken, setTokenExpiresIn60Days: true });
    const refreshed = h.world.tokenInfo(grant.accessToken);
    expect(refreshed?.type).toBe('SYSTEM_USER');
    expect(refreshed!.expiresAt - Date.now() / 1000).toBeGreaterThan(59 * 24 * 3600);
  });
});
