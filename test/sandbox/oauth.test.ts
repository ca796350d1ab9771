import { describe, expect, it } from 'vitest';
import { sandbox } from './helpers.ts';

const REDIRECT = 'https://gateway.example/oauth/facebook/callback/';

async function withCode() {
  const sb = await sandbox();
  const user = sb.world.createUser({ name: 'Jane' });
  const code = sb.world.createAuthorizationCode({
    userId: user.id,
    redirectUri: REDIRECT,
    scopes: ['ads_read', 'business_management'],
    declinedScopes: ['ads_management'],
  });
  const { app } = sb.world;
  const exchange = (overrides: Record<string, string> = {}, method: 'GET' | 'POST' = 'GET') => {
    const params = { client_id: app.id, client_secret: app.secret, redirect_uri: REDIRECT, code, ...overrides };
    return method === 'GET'
      ? sb.graph(`/v26.0/oauth/access_token?${new URLSearchParams(params)}`)
      : sb.graph('/v26.0/oauth/access_token', { form: params });
  };
  return { sb, user, code, exchange };
}

describe('Graph sandbox: /oauth/access_token', () => {
  it('exchanges a code once for a 60-day user token carrying the granted scopes', async () => {
    const { sb, user, exchange } = await withCode();
    const first = await exchange();
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ access_token: expect.stringMatching(/^EAAB/), token_type: 'bearer', expires_in: 60 * 86400 });
    expect(sb.world.tokenInfo(first.body.access_token)).toMatchObject({
      type: 'USER',
      userId: user.id,
      scopes: ['ads_read', 'business_management'],
      declinedScopes: ['ads_management'],
    });

    const again = await exchange();
    expect(again.status).toBe(400);
    expect(again.body.error).toMatchObject({
      message: 'This authorization code has been used.',
      type: 'OAuthException',
      code: 100,
      error_subcode: 36009,
    });
    expect(again.headers.get('www-authenticate')).toBe('OAuth "Facebook Platform" "invalid_code" "This authorization code has been used."');
  });

  it('accepts POST with form fields too', async () => {
    const { exchange } = await withCode();
    expect((await exchange({}, 'POST')).body.token_type).toBe('bearer');
  });

  it('expires codes after 10 minutes, binds them to redirect_uri and checks the client secret', async () => {
    const { sb, exchange } = await withCode();
    const wrongSecret = await exchange({ client_secret: '0'.repeat(32) });
    expect(wrongSecret.body.error).toMatchObject({ code: 100, message: 'Error validating client secret.' });
    expect(wrongSecret.headers.get('www-authenticate')).toContain('OAuth "Facebook Platform"');

    const mismatch = await exchange({ redirect_uri: 'https://elsewhere.example/cb/' });
    expect(mismatch.body.error).toMatchObject({ code: 100, error_subcode: 36008 });

    sb.clock.advance(10 * 60_000 + 1);
    const expired = await exchange();
    expect(expired.body.error).toMatchObject({ message: 'This authorization code has expired.', code: 100, error_subcode: 36007 });
    expect((await exchange({ code: 'AQnonsense' })).body.error.code).toBe(100);
  });

  it('exchanges a user token for a new long-lived one, but not an expired one', async () => {
    const sb = await sandbox();
    const { app } = sb.world;
    const user = sb.world.createUser({ name: 'Jane' });
    const short = sb.world.createToken({ type: 'USER', userId: user.id, expiresInSeconds: 7200 }).accessToken;
    const params = (token: string, extra: Record<string, string> = {}) =>
      new URLSearchParams({
        grant_type: 'fb_exchange_token',
        client_id: app.id,
        client_secret: app.secret,
        fb_exchange_token: token,
        ...extra,
      });

    const long = await sb.graph(`/v26.0/oauth/access_token?${params(short)}`);
    expect(long.status).toBe(200);
    expect(long.body.access_token).not.toBe(short);
    expect(long.body.expires_in).toBe(60 * 86400);

    sb.clock.advance(7201_000);
    const expired = await sb.graph(`/v26.0/oauth/access_token?${params(short)}`);
    expect(expired.status).toBe(400);
    expect(expired.body.error).toMatchObject({ code: 190, error_subcode: 463 });
  });

  it('refreshes a 60-day system-user token from now with set_token_expires_in_60_days', async () => {
    const sb = await sandbox();
    const { app } = sb.world;
    const business = sb.world.createBusiness({ name: 'Agency' });
    const admin = sb.world.createSystemUser({ businessId: business.id, name: 'api', role: 'ADMIN' });
    const current = sb.world.createToken({ type: 'SYSTEM_USER', userId: admin.id, expiresInSeconds: 60 * 86400 });
    sb.clock.advance(50 * 86400_000);
    const refreshed = await sb.graph(
      `/v26.0/oauth/access_token?${new URLSearchParams({ grant_type: 'fb_exchange_token', client_id: app.id, client_secret: app.secret, fb_exchange_token: current.accessToken, set_token_expires_in_60_days: 'true' })}`,
    );
    expect(refreshed.body.expires_in).toBe(60 * 86400);
    const info = sb.world.tokenInfo(refreshed.body.access_token)!;
    expect(info).toMatchObject({ type: 'SYSTEM_USER', userId: admin.id, expiresAt: Math.floor(sb.clock.now / 1000) + 60 * 86400 });
  });
});
