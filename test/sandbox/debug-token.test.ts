import { describe, expect, it } from 'vitest';
import { appToken, sandbox, userWorld } from './helpers.ts';

describe('Graph sandbox: /debug_token', () => {
  it('is GET only', async () => {
    const { sb, token } = await userWorld();
    const post = await sb.graph('/v26.0/debug_token', { form: { input_token: token, access_token: appToken(sb) } });
    expect(post.status).toBe(400);
    expect(post.body.error).toMatchObject({ code: 100, error_subcode: 33, type: 'GraphMethodException' });
    expect(post.body.error.message).toMatch(/^Unsupported post request\./);
  });

  it('wants this app’s app token as the caller', async () => {
    const { sb, token } = await userWorld();
    const asUser = await sb.graph(`/v26.0/debug_token?input_token=${token}`, { token });
    expect(asUser.status).toBe(400);
    expect(asUser.body.error).toMatchObject({
      code: 100,
      type: 'OAuthException',
      message: '(#100) You must provide an app access token, or a user access token that is an owner or developer of the app',
    });
    const wrongSecret = await sb.graph(`/v26.0/debug_token?input_token=${token}`, {
      token: `${sb.world.app.id}|${'0'.repeat(32)}`,
      proof: null,
    });
    expect(wrongSecret.body.error.message).toBe(asUser.body.error.message);
  });

  it('describes a valid user token with the docs/graph-api.md "debug_token response" shape', async () => {
    const { sb, user, token } = await userWorld();
    const now = Math.floor(sb.clock.now / 1000);
    const { status, body } = await sb.graph(`/v26.0/debug_token?input_token=${token}`, { token: appToken(sb) });
    expect(status).toBe(200);
    expect(body.data).toEqual({
      app_id: sb.world.app.id,
      type: 'USER',
      application: sb.world.app.name,
      data_access_expires_at: now + 90 * 86400,
      expires_at: now + 60 * 86400,
      is_valid: true,
      issued_at: now,
      scopes: ['ads_management', 'ads_read', 'business_management', 'public_profile'],
      granular_scopes: [{ scope: 'ads_management' }, { scope: 'ads_read' }, { scope: 'business_management' }, { scope: 'public_profile' }],
      user_id: user.id,
    });
  });

  it('answers bad input tokens with 200 and is_valid:false', async () => {
    const { sb, user, token } = await userWorld();
    const debug = async (input: string) =>
      (await sb.graph(`/v26.0/debug_token?input_token=${encodeURIComponent(input)}`, { token: appToken(sb) })).body.data;
    expect(await debug('garbage')).toEqual({
      error: { code: 190, message: 'Invalid OAuth access token - Cannot parse access token' },
      is_valid: false,
      scopes: [],
    });

    sb.world.expireToken(token);
    const expired = await debug(token);
    expect(expired).toMatchObject({ is_valid: false, error: { code: 190, subcode: 463 }, scopes: expect.arrayContaining(['ads_read']) });
    expect(expired.expires_at).toBeLessThan(Math.floor(sb.clock.now / 1000));

    const revoked = sb.world.createToken({ type: 'USER', userId: user.id }).accessToken;
    sb.world.invalidateToken(revoked, 466);
    expect(await debug(revoked)).toMatchObject({
      is_valid: false,
      scopes: [],
      error: {
        code: 190,
        subcode: 466,
        message: 'Error validating access token: The session was invalidated explicitly using an API call.',
      },
    });
  });

  it('reports SYSTEM_USER, PAGE and APP tokens, and tokens of another app', async () => {
    const sb = await sandbox();
    const { world } = sb;
    const business = world.createBusiness({ name: 'Agency' });
    const su = world.createSystemUser({ businessId: business.id, name: 'api', role: 'ADMIN' });
    const user = world.createUser({ name: 'Jane' });
    const debug = async (input: string) =>
      (await sb.graph(`/v26.0/debug_token?input_token=${encodeURIComponent(input)}`, { token: appToken(sb) })).body.data;

    const system = await debug(world.createToken({ type: 'SYSTEM_USER', userId: su.id }).accessToken);
    expect(system).toMatchObject({ type: 'SYSTEM_USER', user_id: su.id, expires_at: 0, data_access_expires_at: 0, is_valid: true });
    const page = await debug(world.createToken({ type: 'PAGE', userId: user.id }).accessToken);
    expect(page).toMatchObject({ type: 'PAGE', user_id: user.id, profile_id: expect.stringMatching(/^\d+$/), expires_at: 0 });
    expect(await debug(appToken(sb))).toEqual({
      app_id: world.app.id,
      type: 'APP',
      application: world.app.name,
      is_valid: true,
      scopes: [],
    });
    const foreign = await debug(world.createToken({ type: 'USER', userId: user.id, appId: '999000999' }).accessToken);
    expect(foreign).toMatchObject({ app_id: '999000999', is_valid: true });
  });
});
