import { describe, expect, it } from 'vitest';
import { appToken, sandbox, userWorld } from './helpers.ts';

describe('Graph sandbox: tokens and appsecret_proof', () => {
  it('accepts the token in the Authorization header or as access_token, with the proof in query or form', async () => {
    const { sb, user, token } = await userWorld();
    const viaHeader = await sb.graph('/v26.0/me?fields=id,name', { token });
    expect(viaHeader.status).toBe(200);
    expect(viaHeader.body).toEqual({ id: user.id, name: 'Jane Doe' });

    const viaParam = await sb.graph(`/v26.0/me?access_token=${token}&appsecret_proof=${sb.proof(token)}`);
    expect(viaParam.body).toEqual({ id: user.id, name: 'Jane Doe' });

    const unversioned = await sb.graph('/me', { token });
    expect(unversioned.body.id).toBe(user.id);
    expect(unversioned.headers.get('facebook-api-version')).toBe('v26.0');

    const viaForm = await sb.graph('/v26.0/', {
      form: { access_token: token, appsecret_proof: sb.proof(token), batch: '[{"method":"GET","relative_url":"me"}]' },
    });
    expect(viaForm.status).toBe(200);
    expect(JSON.parse(viaForm.body[0].body).id).toBe(user.id);
  });

  it('answers a missing token with 104 and a garbage token with 190', async () => {
    const sb = await sandbox();
    const missing = await sb.graph('/v26.0/me');
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({
      message: 'An access token is required to request this resource.',
      type: 'OAuthException',
      code: 104,
    });
    expect(missing.body.error.fbtrace_id).toBe(missing.headers.get('x-fb-trace-id'));

    const garbage = await sb.graph('/v26.0/me', { token: 'EAABnotatoken', proof: null });
    expect(garbage.status).toBe(400);
    expect(garbage.body.error).toMatchObject({
      message: 'Invalid OAuth access token - Cannot parse access token',
      type: 'OAuthException',
      code: 190,
    });
    expect(garbage.body.error.error_subcode).toBeUndefined();
  });

  it('rejects a missing or wrong appsecret_proof with the docs/graph-api.md "appsecret_proof" errors, and lets requireAppSecretProof be switched off', async () => {
    const { sb, token } = await userWorld();
    const missing = await sb.graph('/v26.0/me', { token, proof: null });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({
      message: 'API calls from the server require an appsecret_proof argument',
      type: 'GraphMethodException',
      code: 100,
    });

    const wrong = await sb.graph('/v26.0/me', { token, proof: 'ab'.repeat(32) });
    expect(wrong.body.error).toMatchObject({
      message: 'Invalid appsecret_proof provided in the API argument',
      type: 'GraphMethodException',
      code: 100,
    });

    sb.world.setApp({ requireAppSecretProof: false });
    expect((await sb.graph('/v26.0/me', { token, proof: null })).status).toBe(200);
    // a proof that is sent must still be right
    expect((await sb.graph('/v26.0/me', { token, proof: 'ab'.repeat(32) })).body.error.message).toBe(
      'Invalid appsecret_proof provided in the API argument',
    );
  });

  it('lets the app token go without a proof but checks one that is sent', async () => {
    const { sb, token } = await userWorld();
    const path = `/v26.0/debug_token?input_token=${token}`;
    expect((await sb.graph(path, { token: appToken(sb), proof: null })).status).toBe(200);
    expect((await sb.graph(path, { token: appToken(sb) })).status).toBe(200);
    const wrong = await sb.graph(path, { token: appToken(sb), proof: 'cd'.repeat(32) });
    expect(wrong.body.error.message).toBe('Invalid appsecret_proof provided in the API argument');
  });

  it('fails expired, password-changed, app-removed and revoked tokens with their 190 subcodes', async () => {
    const { sb, user, token } = await userWorld();
    const call = async (t: string) => (await sb.graph('/v26.0/me', { token: t })).body.error;

    const shortLived = sb.world.createToken({ type: 'USER', userId: user.id, expiresInSeconds: 3600 }).accessToken;
    sb.clock.advance(3601_000);
    const expired = await call(shortLived);
    expect(expired).toMatchObject({ code: 190, error_subcode: 463, type: 'OAuthException' });
    expect(expired.message).toMatch(
      /^Error validating access token: Session has expired on \w+day, \d\d-\w{3}-\d\d \d\d:\d\d:\d\d P[SD]T\. The current time is .+\.$/,
    );
    expect(await call(token)).toBeUndefined();

    sb.world.changePassword(user.id);
    expect(await call(token)).toMatchObject({
      code: 190,
      error_subcode: 460,
      message:
        'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
    });
    // a token minted after the password change works, until the user removes the app
    const fresh = sb.world.createToken({ type: 'USER', userId: user.id }).accessToken;
    expect(await call(fresh)).toBeUndefined();
    sb.world.revokeApp(user.id);
    expect(await call(fresh)).toMatchObject({
      code: 190,
      error_subcode: 458,
      message: `Error validating access token: User ${user.id} has not authorized application ${sb.world.app.id}.`,
    });

    const another = sb.world.createToken({ type: 'USER', userId: user.id }).accessToken;
    sb.world.invalidateToken(another, 466);
    expect(await call(another)).toMatchObject({
      code: 190,
      error_subcode: 466,
      message: 'Error validating access token: The session was invalidated explicitly using an API call.',
    });
    sb.world.invalidateToken(another, 467);
    expect((await call(another)).error_subcode).toBe(467);
  });

  it('DELETE /{user-id}/permissions de-authorizes the app: the user’s tokens then fail with 190/466', async () => {
    const { sb, user, token } = await userWorld();
    const other = sb.world.createToken({ type: 'USER', userId: user.id }).accessToken;
    const deleted = await sb.graph(`/v26.0/${user.id}/permissions`, { method: 'DELETE', token });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ success: true });
    for (const t of [token, other])
      expect((await sb.graph('/v26.0/me', { token: t })).body.error).toMatchObject({ code: 190, error_subcode: 466 });
    expect(sb.world.tokenInfo(other)).toMatchObject({ invalidation: 466, scopes: [] });
  });

  it('answers unknown paths with 100/33 "Unsupported get request"', async () => {
    const { sb, token } = await userWorld();
    const response = await sb.graph('/v26.0/act_999', { token });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 100,
      error_subcode: 33,
      type: 'GraphMethodException',
      message:
        "Unsupported get request. Object with ID 'act_999' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api",
    });
    expect((await sb.graph('/v26.0/12345/feed', { token })).body.error.error_subcode).toBe(33);
  });
});
