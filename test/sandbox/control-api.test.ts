import { describe, expect, it } from 'vitest';
import { control, sandbox } from './helpers.ts';

describe('Graph sandbox: control API', () => {
  it('builds a world over HTTP: users, businesses, system users, ad accounts, access and tokens', async () => {
    const sb = await sandbox();
    const c = (method: string, path: string, body?: unknown) => control(sb.url, method, path, body);

    const user = await c('POST', 'users', { name: 'Jane' });
    expect(user.status).toBe(201);
    const business = (await c('POST', 'businesses', { name: 'Agency' })).body;
    const su = await c('POST', `businesses/${business.id}/system-users`, { name: 'api', role: 'ADMIN' });
    expect(su.body).toMatchObject({ businessId: business.id, role: 'ADMIN' });
    const account = await c('POST', 'ad-accounts', { name: 'Brand A', businessId: business.id, accountId: '1569761797025413' });
    expect(account.body).toMatchObject({
      accountId: '1569761797025413',
      accountStatus: 1,
      tosAccepted: { custom_audience_tos: 1, web_custom_audience_tos: 1 },
    });
    const access = await c('POST', 'ad-accounts/act_1569761797025413/access', { userId: user.body.id, tasks: ['MANAGE', 'ADVERTISE'] });
    expect(access.body.userTasks).toEqual({ [user.body.id]: ['MANAGE', 'ADVERTISE'] });
    const patched = await c('PATCH', 'ad-accounts/1569761797025413', {
      accountStatus: 2,
      disableReason: 3,
      tosAccepted: { custom_audience_tos: 0 },
    });
    expect(patched.body).toMatchObject({
      accountStatus: 2,
      disableReason: 3,
      tosAccepted: { custom_audience_tos: 0, web_custom_audience_tos: 1 },
    });

    const token = await c('POST', 'tokens', { type: 'USER', userId: user.body.id, scopes: ['ads_read'], marker: 'LEAKME' });
    expect(token.status).toBe(201);
    expect(token.body.accessToken).toMatch(/^EAAB.*LEAKME/);
    const suToken = await c('POST', 'tokens', { type: 'SYSTEM_USER', userId: su.body.id });
    expect(suToken.body.expiresAt).toBe(0);

    const me = await sb.graph('/v26.0/me/adaccounts?fields=account_status', { token: token.body.accessToken });
    expect(me.body.data).toEqual([{ account_status: 2, id: 'act_1569761797025413' }]);

    const world = (await c('GET', 'world')).body;
    expect(world.users).toHaveLength(1);
    expect(world.systemUsers).toHaveLength(1);
    expect(world.tokens.map((t: any) => t.type)).toEqual(['USER', 'SYSTEM_USER']);
  });

  it('puts tokens into failure states: expire, invalidate, data access, password, revoke, remove-scope', async () => {
    const sb = await sandbox();
    const c = (method: string, path: string, body?: unknown) => control(sb.url, method, path, body);
    const user = (await c('POST', 'users', { name: 'Jane' })).body;
    const mint = async () => (await c('POST', 'tokens', { type: 'USER', userId: user.id })).body.accessToken as string;
    const errorOf = async (token: string) => (await sb.graph('/v26.0/me', { token })).body.error;

    const a = await mint();
    expect((await c('POST', 'tokens/expire', { accessToken: a })).body.invalidation).toBe(463);
    expect((await errorOf(a)).error_subcode).toBe(463);

    const b = await mint();
    expect((await c('POST', 'tokens/invalidate', { accessToken: b, subcode: 459 })).body.invalidation).toBe(459);
    expect((await errorOf(b)).error_subcode).toBe(459);

    const d = await mint();
    await c('POST', 'tokens/expire-data-access', { accessToken: d });
    expect((await sb.graph('/v26.0/me/permissions', { token: d })).body.data[0].status).toBe('expired');

    await c('POST', `users/${user.id}/remove-scope`, { scope: 'ads_read' });
    expect(sb.world.tokenInfo(d)!.declinedScopes).toContain('ads_read');

    await c('POST', `users/${user.id}/password`);
    expect((await errorOf(d)).error_subcode).toBe(460);
    const e = await mint();
    await c('POST', `users/${user.id}/revoke-app`);
    expect((await errorOf(e)).error_subcode).toBe(458);
  });

  it('mints codes, patches the app, sets faults and throttle, and reads and clears the call log', async () => {
    const sb = await sandbox();
    const c = (method: string, path: string, body?: unknown) => control(sb.url, method, path, body);
    const user = (await c('POST', 'users', { name: 'Jane' })).body;
    const code = await c('POST', 'codes', { userId: user.id, redirectUri: 'https://gw.example/cb/', scopes: ['ads_read'] });
    expect(code.body.code).toMatch(/^AQ/);

    expect((await c('PATCH', 'app', { accessTier: 'development_access', name: 'Demo' })).body).toMatchObject({
      accessTier: 'development_access',
      name: 'Demo',
    });
    expect((await c('PUT', 'throttle', { adAccountBudget: 10 })).body).toEqual({
      adAccountBudget: 10,
      regainAccessMinutes: 5,
      appUsagePct: null,
    });
    expect((await c('PUT', 'faults', { http500Rate: 1 })).body.http500Rate).toBe(1);

    // faults are for Graph only: the control API keeps answering
    expect((await sb.graph('/v26.0/me')).status).toBe(500);
    expect((await c('GET', 'counters')).body).toEqual({ httpRequests: 1, byEndpoint: { 'GET me': 1 } });
    expect((await c('GET', 'calls')).body).toMatchObject([{ endpoint: 'GET me', status: 500, errorCode: 1 }]);
    await c('DELETE', 'calls');
    expect((await c('GET', 'calls')).body).toEqual([]);

    const reset = await c('POST', 'reset');
    expect(reset.body.users).toEqual([]);
    expect(reset.body.app.accessTier).toBe('standard_access');
    expect((await sb.graph('/v26.0/me')).status).toBe(400);
  });

  it('answers a bad body with 400 naming the field, and an unknown id or route with 404', async () => {
    const sb = await sandbox();
    const c = (method: string, path: string, body?: unknown) => control(sb.url, method, path, body);
    expect(await c('POST', 'users', {})).toEqual({ status: 400, body: { error: { message: expect.stringMatching(/^name: /) } } });
    expect((await c('POST', 'tokens', { type: 'ROBOT', userId: '1' })).body.error.message).toMatch(/^type: /);
    expect((await c('PUT', 'faults', { http500Rate: 2 })).body.error.message).toMatch(/^http500Rate: /);
    expect((await c('PUT', 'faults', { http500rate: 0.5 })).status).toBe(400);
    expect((await c('POST', 'tokens/invalidate', { accessToken: 'x', subcode: 190 })).body.error.message).toMatch(/^subcode: /);
    expect((await c('POST', 'users/123/password')).status).toBe(404);
    expect((await c('PATCH', 'ad-accounts/999', { name: 'x' })).status).toBe(404);
    expect((await c('POST', 'tokens/expire', { accessToken: 'nope' })).status).toBe(404);
    expect((await c('GET', 'nothing-here')).status).toBe(404);
    const raw = await fetch(`${sb.url}/__sandbox/users`, { method: 'POST', body: '{not json' });
    expect(raw.status).toBe(400);
    const preflight = await fetch(`${sb.url}/__sandbox/faults`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });
});
