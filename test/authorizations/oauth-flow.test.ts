import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { AuthorizationQuery, CompleteFacebookOAuth } from './documents.ts';
import { setupAuthorizationTest } from './support.ts';

const graphEndpoints = (s: { world: { calls(): { endpoint: string }[] } }) => s.world.calls().map((call) => call.endpoint);

describe('Facebook user OAuth: start and complete over GraphQL', () => {
  it('builds the dialog URL as docs/graph-api.md "OAuth dialog" says', async () => {
    const s = await setupAuthorizationTest();
    const { authorizeUrl, state, expiresAt } = await s.startOAuth({ label: 'Jane' });
    const url = new URL(authorizeUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${s.sandbox!.url}/${s.facebook.graphApiVersion}/dialog/oauth`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: s.world.app.id,
      redirect_uri: 'http://127.0.0.1:4000/oauth/facebook/callback/',
      scope: 'ads_management',
      state,
      response_type: 'code',
      // asks again for what the person declined before; no effect on the rest
      auth_type: 'rerequest',
    });
    expect(Buffer.from(state, 'base64url')).toHaveLength(32);
    expect(new Date(expiresAt).getTime() - s.clock.now().getTime()).toBe(10 * 60_000);

    const many = await s.startOAuth({ scopes: ['ads_management', 'ads_read', 'business_management'] });
    expect(new URL(many.authorizeUrl).searchParams.get('scope')).toBe('ads_management,ads_read,business_management');
    expect(many.state).not.toBe(state);
    expect(s.world.counters().httpRequests).toBe(0);
  });

  it('stores a VALID user authorization after exactly the five Graph calls of the completion', async () => {
    const s = await setupAuthorizationTest();
    const jane = s.world.createUser({ name: 'Jane Doe' });
    const { state } = await s.startOAuth({ label: 'Jane (ads)' });
    const code = s.codeFor(jane.id, ['ads_management']);
    const { completeFacebookOAuth: result } = await gql(s.app, CompleteFacebookOAuth, { input: { code, state } }, { apiKey: s.apiKey });

    expect(result.__typename, JSON.stringify(result)).toBe('CompleteFacebookOAuthPayload');
    if (result.__typename !== 'CompleteFacebookOAuthPayload') return;
    expect(result).toMatchObject({
      reauthorized: false,
      returnTo: null,
      authorization: {
        label: 'Jane (ads)',
        provider: 'FACEBOOK',
        method: 'FACEBOOK_USER',
        health: 'HEALTHY',
        createdBy: 'dashboard',
        facebookUser: { id: jane.id, name: 'Jane Doe' },
        tokenStatus: { state: 'VALID', isValid: true, tokenType: 'USER', declinedScopes: [], missingScopes: [], issues: [] },
      },
    });
    expect(result.authorization.tokenStatus.scopes).toContain('ads_management');
    const stored = s.world.snapshot().tokens.filter((t) => t.userId === jane.id);
    const longLived = stored.at(-1)!;
    expect(result.authorization.tokenFingerprint).toBe(`…${longLived.accessToken.slice(-4)}`);
    expect(result.authorization.tokenStatus.expiresAt).toBe(new Date(longLived.expiresAt * 1000).toISOString());

    // The completion's five calls, then the ad-account sync that follows every stored token.
    expect(graphEndpoints(s).sort()).toEqual(
      ['POST oauth/access_token', 'POST oauth/access_token', 'GET debug_token', 'GET me', 'GET me/permissions', 'GET me/adaccounts'].sort(),
    );
    expect(graphEndpoints(s).at(-1)).toBe('GET me/adaccounts');
    expect(s.world.counters().httpRequests).toBe(6);
    expect(stored.map((t) => t.type)).toEqual(['USER', 'USER']);

    const { authorization } = await gql(s.app, AuthorizationQuery, { id: result.authorization.id }, { apiKey: s.apiKey });
    expect(authorization).toEqual(result.authorization);
  });

  it('sends the code exchange the same redirect_uri as the dialog: a code minted for another one is refused', async () => {
    const s = await setupAuthorizationTest();
    const jane = s.world.createUser({ name: 'Jane' });
    const { state } = await s.startOAuth();
    // The sandbox answers 36008 unless the exchange repeats the dialog's redirect_uri byte for byte.
    const code = s.world.createAuthorizationCode({
      userId: jane.id,
      redirectUri: 'http://127.0.0.1:4000/oauth/facebook/callback',
      scopes: ['ads_management'],
    });
    const { completeFacebookOAuth: result } = await gql(s.app, CompleteFacebookOAuth, { input: { code, state } }, { apiKey: s.apiKey });
    expect(result).toMatchObject({ __typename: 'CodeExchangeFailed', graphCode: 100, graphSubcode: 36008 });
  });

  it('refuses a replayed code with CodeExchangeFailed 100/36009, on a second valid state', async () => {
    const s = await setupAuthorizationTest();
    const jane = s.world.createUser({ name: 'Jane' });
    const code = s.codeFor(jane.id);
    const first = await s.startOAuth();
    const ok = await gql(s.app, CompleteFacebookOAuth, { input: { code, state: first.state } }, { apiKey: s.apiKey });
    expect(ok.completeFacebookOAuth.__typename).toBe('CompleteFacebookOAuthPayload');

    const second = await s.startOAuth();
    const { completeFacebookOAuth: replay } = await gql(
      s.app,
      CompleteFacebookOAuth,
      { input: { code, state: second.state } },
      { apiKey: s.apiKey },
    );
    expect(replay).toMatchObject({ __typename: 'CodeExchangeFailed', graphCode: 100, graphSubcode: 36009 });
    expect(replay.__typename === 'CodeExchangeFailed' && replay.message).toMatch(/has been used/);
    expect(JSON.stringify(replay)).not.toContain(code);
  });

  it('gives OAuthDenied when the person cancelled, and uses the state up', async () => {
    const s = await setupAuthorizationTest();
    const { state } = await s.startOAuth();
    const cancel = { state, error: 'access_denied', errorReason: 'user_denied', errorDescription: 'Permissions error' };
    const { completeFacebookOAuth: denied } = await gql(s.app, CompleteFacebookOAuth, { input: cancel }, { apiKey: s.apiKey });
    expect(denied).toMatchObject({ __typename: 'OAuthDenied', errorReason: 'user_denied' });

    const jane = s.world.createUser({ name: 'Jane' });
    const { completeFacebookOAuth: after } = await gql(
      s.app,
      CompleteFacebookOAuth,
      { input: { code: s.codeFor(jane.id), state } },
      { apiKey: s.apiKey },
    );
    expect(after.__typename).toBe('InvalidOAuthState');
    expect(s.world.counters().httpRequests).toBe(0);
  });
});
