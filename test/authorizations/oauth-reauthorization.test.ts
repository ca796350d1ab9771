import { decodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { AuthorizationQuery, AuthorizationsQuery, CompleteFacebookOAuth, RefreshAuthorization } from './documents.ts';
import { setupAuthorizationTest, type AuthorizationTest } from './support.ts';

/** The reconnect link is built on the configured redirect URI's origin; open it on the listening app instead. */
function onServer(link: string, baseUrl: string): string {
  const url = new URL(link);
  return `${baseUrl}${url.pathname}${url.search}`;
}

async function complete(s: AuthorizationTest, code: string, state: string) {
  const { completeFacebookOAuth: result } = await gql(s.app, CompleteFacebookOAuth, { input: { code, state } }, { apiKey: s.apiKey });
  if (result.__typename !== 'CompleteFacebookOAuthPayload') throw new Error(`completion failed: ${JSON.stringify(result)}`);
  return result;
}

describe('Facebook user OAuth: declined permissions and re-authorization', () => {
  it('stores a declined ads_management as MISSING_PERMISSIONS with a reconnect link that re-requests it for the same authorization', async () => {
    const s = await setupAuthorizationTest();
    const baseUrl = await s.listen();
    const jane = s.world.createUser({ name: 'Jane' });
    const first = await s.startOAuth({ label: 'Jane' });
    const declined = await complete(s, s.codeFor(jane.id, ['public_profile'], ['ads_management']), first.state);
    const status = declined.authorization.tokenStatus;
    expect(status).toMatchObject({ state: 'MISSING_PERMISSIONS', declinedScopes: ['ads_management'], missingScopes: ['ads_management'] });
    expect(declined.authorization.health).toBe('UNHEALTHY');
    const issue = status.issues.find((i) => i.code === 'MISSING_PERMISSIONS');
    expect(issue?.remediation.url).toMatch(/\/oauth\/facebook\/reconnect\/\?/);

    const opened = await fetch(onServer(issue!.remediation.url!, baseUrl), { redirect: 'manual' });
    expect(opened.status).toBe(302);
    const dialog = new URL(opened.headers.get('location')!);
    expect(dialog.pathname).toBe(`/${s.facebook.graphApiVersion}/dialog/oauth`);
    expect(dialog.searchParams.get('auth_type')).toBe('rerequest');
    expect(dialog.searchParams.get('redirect_uri')).toBe(s.facebook.redirectUri);
    expect(dialog.searchParams.get('scope')!.split(',')).toContain('ads_management');
    const state = dialog.searchParams.get('state')!;
    expect(state).toBeTruthy();
    expect(state).not.toBe(first.state);

    const again = await complete(s, s.codeFor(jane.id, ['ads_management']), state);
    expect(again).toMatchObject({
      reauthorized: true,
      authorization: { id: declined.authorization.id, label: 'Jane', tokenStatus: { state: 'VALID', declinedScopes: [] } },
    });
    const list = await gql(s.app, AuthorizationsQuery, {}, { apiKey: s.apiKey });
    expect(list.authorizations.totalCount).toBe(1);
  });

  it('asks again with auth_type=rerequest when startFacebookOAuth re-authorizes one with declined scopes', async () => {
    const s = await setupAuthorizationTest();
    const jane = s.world.createUser({ name: 'Jane' });
    const first = await s.startOAuth();
    const declined = await complete(s, s.codeFor(jane.id, ['public_profile'], ['ads_management']), first.state);
    const { authorizeUrl } = await s.startOAuth({ authorizationId: declined.authorization.id });
    expect(new URL(authorizeUrl).searchParams.get('auth_type')).toBe('rerequest');
    // a first connect asks again too: the person may have declined before, for another authorization
    const fresh = await s.startOAuth();
    expect(new URL(fresh.authorizeUrl).searchParams.get('auth_type')).toBe('rerequest');
  });

  it('refuses a forged, tampered or expired reconnect link with an HTML page, not a dialog', async () => {
    const s = await setupAuthorizationTest();
    const baseUrl = await s.listen();
    const jane = await s.connectUser({ scopes: ['public_profile'], declined: ['ads_management'] });
    const link = new URL(s.services.reconnectLinks.linkFor(decodeGlobalID(jane.authorization.id).id));
    const opened = (href: string) => fetch(onServer(href, baseUrl), { redirect: 'manual' });
    expect((await opened(link.toString())).status).toBe(302);

    const forged = new URL(link);
    forged.searchParams.set('authorization', 'someone-else');
    const response = await opened(forged.toString());
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('location')).toBeNull();

    const extended = new URL(link);
    extended.searchParams.set('expires', String(Number(link.searchParams.get('expires')) + 86_400));
    expect((await opened(extended.toString())).status).toBe(400);

    s.clock.advance(8 * 86_400_000);
    expect((await opened(link.toString())).status).toBe(400);
  });

  it('re-authorizes after a password change: same id and label, a new token, VALID again', async () => {
    const s = await setupAuthorizationTest();
    const jane = await s.connectUser({ name: 'Jane' });
    const before = jane.authorization;
    s.world.changePassword(jane.userId);

    const { refreshAuthorization: refreshed } = await gql(s.app, RefreshAuthorization, { input: { id: before.id } }, { apiKey: s.apiKey });
    if (refreshed.__typename !== 'AuthorizationPayload') throw new Error(JSON.stringify(refreshed));
    expect(refreshed.authorization.tokenStatus).toMatchObject({ state: 'INVALIDATED', isValid: false });
    expect(refreshed.authorization.tokenStatus.issues.map((i) => i.code)).toContain('TOKEN_INVALIDATED');

    s.clock.advance(60_000);
    const { state } = await s.startOAuth({ label: 'ignored: the label is kept', authorizationId: before.id });
    const after = await complete(s, s.codeFor(jane.userId), state);
    expect(after).toMatchObject({
      reauthorized: true,
      authorization: { id: before.id, label: before.label, createdAt: before.createdAt, tokenStatus: { state: 'VALID' } },
    });
    expect(after.authorization.tokenFingerprint).not.toBe(before.tokenFingerprint);
    expect(after.authorization.updatedAt).not.toBe(before.updatedAt);
    expect((await gql(s.app, AuthorizationsQuery, {}, { apiKey: s.apiKey })).authorizations.totalCount).toBe(1);
  });

  it("refuses to hand one user's authorization to another Facebook user who signs in", async () => {
    const s = await setupAuthorizationTest();
    const baseUrl = await s.listen();
    const jane = await s.connectUser({ name: 'Jane', scopes: ['public_profile'], declined: ['ads_management'] });
    const bob = s.world.createUser({ name: 'Bob' });

    const { state } = await s.startOAuth({ authorizationId: jane.authorization.id });
    const { completeFacebookOAuth: result } = await gql(
      s.app,
      CompleteFacebookOAuth,
      { input: { code: s.codeFor(bob.id), state } },
      { apiKey: s.apiKey },
    );
    expect(result.__typename).toBe('FacebookUserMismatch');
    expect(result.__typename === 'FacebookUserMismatch' && result.message).toMatch(/another Facebook user/);

    // The same through a forwarded reconnect link, opened and completed in Bob's browser.
    const link = jane.authorization.tokenStatus.issues.find((i) => i.code === 'MISSING_PERMISSIONS')!.remediation.url!;
    const dialog = new URL((await fetch(onServer(link, baseUrl), { redirect: 'manual' })).headers.get('location')!);
    const params = new URLSearchParams({ code: s.codeFor(bob.id, ['ads_management']), state: dialog.searchParams.get('state')! });
    const page = await fetch(`${baseUrl}/oauth/facebook/callback/?${params}`, { redirect: 'manual' });
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('another Facebook user');

    const { authorizations } = await gql(s.app, AuthorizationsQuery, {}, { apiKey: s.apiKey });
    expect(authorizations.totalCount).toBe(1);
    const { authorization } = await gql(s.app, AuthorizationQuery, { id: jane.authorization.id }, { apiKey: s.apiKey });
    expect(authorization).toMatchObject({ facebookUser: { id: jane.userId }, tokenFingerprint: jane.authorization.tokenFingerprint });
  });

  it('creates a new authorization when the same Facebook user starts afresh', async () => {
    const s = await setupAuthorizationTest();
    const jane = await s.connectUser({ name: 'Jane' });
    s.world.changePassword(jane.userId);
    const again = await s.connectUser({ userId: jane.userId });
    expect(again.reauthorized).toBe(false);
    expect(again.authorization.id).not.toBe(jane.authorization.id);
    expect(again.authorization.facebookUser?.id).toBe(jane.userId);
    const list = await gql(s.app, AuthorizationsQuery, {}, { apiKey: s.apiKey });
    expect(list.authorizations.edges.map((e) => e.node.id).sort()).toEqual([jane.authorization.id, again.authorization.id].sort());
  });
});
