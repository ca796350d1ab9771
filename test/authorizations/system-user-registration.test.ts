import { describe, expect, it } from 'vitest';
import { gql, gqlErrors } from '../helpers/gql.ts';
import { RegisterSystemUserToken } from './documents.ts';
import { setupAuthorizationTest } from './support.ts';

const DAY = 86_400;

describe('registerSystemUserToken', () => {
  it('registers a never-expiring system-user token, checked with Facebook', async () => {
    const s = await setupAuthorizationTest();
    const { token, systemUser } = s.systemUserToken();
    const { authorization } = await s.registerSystemUser({ label: 'Main BM', token });
    expect(authorization).toMatchObject({
      label: 'Main BM',
      provider: 'FACEBOOK',
      method: 'SYSTEM_USER',
      health: 'HEALTHY',
      businessId: s.business.id,
      createdBy: 'dashboard',
      tokenFingerprint: `…${token.slice(-4)}`,
      facebookUser: { id: systemUser.id, name: systemUser.name },
      supportedJobTypes: ['EXPORT_AUDIENCES', 'EXPORT_AUDIENCES_WEB_TRAFFIC'],
      tokenStatus: { state: 'VALID', isValid: true, tokenType: 'SYSTEM_USER', expiresAt: null, missingScopes: [], issues: [] },
    });
    expect(authorization.tokenStatus.scopes).toEqual(expect.arrayContaining(['ads_management', 'business_management']));
    expect(authorization.tokenStatus.checkedAt).toBe(s.clock.now().toISOString());
    expect(JSON.stringify(authorization)).not.toContain(token);
  });

  it('records the expiry of a 60-day token from debug_token', async () => {
    const s = await setupAuthorizationTest();
    const { token } = s.systemUserToken({ expiresInSeconds: 60 * DAY });
    const { authorization } = await s.registerSystemUser({ token });
    const expected = new Date(s.clock.now().getTime() + 60 * DAY * 1000);
    expect(Math.abs(new Date(authorization.tokenStatus.expiresAt!).getTime() - expected.getTime())).toBeLessThan(2000);
    expect(authorization.tokenStatus.state).toBe('VALID');
  });

  it('refuses a Facebook user token and points to the OAuth method', async () => {
    const s = await setupAuthorizationTest();
    const user = s.world.createUser({ name: 'Jane' });
    const token = s.world.createToken({ type: 'USER', userId: user.id, scopes: ['ads_management'] }).accessToken;
    const { registerSystemUserToken: result } = await gql(
      s.app,
      RegisterSystemUserToken,
      { input: { label: 'x', accessToken: token } },
      { apiKey: s.apiKey },
    );
    expect(result).toMatchObject({ __typename: 'WrongTokenType', tokenType: 'USER', expected: 'SYSTEM_USER' });
    expect(result.__typename === 'WrongTokenType' && result.message).toMatch(/Facebook Login/);
    expect(JSON.stringify(result)).not.toContain(token);
  });

  it('refuses a page token', async () => {
    const s = await setupAuthorizationTest();
    const user = s.world.createUser({ name: 'Page owner' });
    const token = s.world.createToken({ type: 'PAGE', userId: user.id, scopes: ['ads_management'] }).accessToken;
    const { registerSystemUserToken: result } = await gql(
      s.app,
      RegisterSystemUserToken,
      { input: { label: 'x', accessToken: token } },
      { apiKey: s.apiKey },
    );
    expect(result).toMatchObject({ __typename: 'WrongTokenType', tokenType: 'PAGE' });
  });

  it('refuses a token without ads_management and lists what is missing', async () => {
    const s = await setupAuthorizationTest();
    const { token } = s.systemUserToken({ scopes: ['ads_read'] });
    const { registerSystemUserToken: result } = await gql(
      s.app,
      RegisterSystemUserToken,
      { input: { label: 'x', accessToken: token } },
      { apiKey: s.apiKey },
    );
    expect(result).toMatchObject({ __typename: 'MissingPermissions', missingScopes: ['ads_management'] });
  });

  it('refuses the same token twice in a workspace, but not in another workspace', async () => {
    const s = await setupAuthorizationTest();
    const { token } = s.systemUserToken();
    const first = await s.registerSystemUser({ token });
    const calls = s.world.counters().httpRequests;
    const { registerSystemUserToken: again } = await gql(
      s.app,
      RegisterSystemUserToken,
      { input: { label: 'again', accessToken: token } },
      { apiKey: s.apiKey },
    );
    expect(again).toMatchObject({ __typename: 'DuplicateToken', authorizationId: first.authorization.id });
    expect(s.world.counters().httpRequests).toBe(calls);
    const otherKey = s.createApiKey({ workspace: 'Other', role: 'EDITOR' });
    const other = await s.registerSystemUser({ token, apiKey: otherKey });
    expect(other.authorization.id).not.toBe(first.authorization.id);
  });

  it('refuses a token issued for another app', async () => {
    const s = await setupAuthorizationTest();
    const { token } = s.systemUserToken({ appId: '999999999999999' });
    const { registerSystemUserToken: result } = await gql(
      s.app,
      RegisterSystemUserToken,
      { input: { label: 'x', accessToken: token } },
      { apiKey: s.apiKey },
    );
    expect(result).toMatchObject({ __typename: 'InvalidToken', reason: 'OTHER_APP' });
  });

  it('refuses a token Facebook does not know, without echoing it', async () => {
    const s = await setupAuthorizationTest();
    const token = 'EAABgarbage-token-that-facebook-never-issued';
    const { registerSystemUserToken: result } = await gql(
      s.app,
      RegisterSystemUserToken,
      { input: { label: 'x', accessToken: token } },
      { apiKey: s.apiKey },
    );
    expect(result).toMatchObject({ __typename: 'InvalidToken', reason: 'NOT_VALID' });
    expect(JSON.stringify(result)).not.toContain(token);
  });

  it('refuses bad input with a typed ValidationError naming the field, before calling Facebook', async () => {
    const s = await setupAuthorizationTest();
    const { token } = s.systemUserToken();
    const cases = [
      { input: { label: '   ', accessToken: token }, field: 'label' },
      { input: { label: 'x', accessToken: 'short' }, field: 'accessToken' },
      { input: { label: 'x', accessToken: `${token} ${token}` }, field: 'accessToken' },
      { input: { label: 'x', accessToken: token, businessId: 'act_123' }, field: 'businessId' },
    ];
    for (const { input, field } of cases) {
      const { registerSystemUserToken: result } = await gql(s.app, RegisterSystemUserToken, { input }, { apiKey: s.apiKey });
      expect(result, JSON.stringify(input)).toMatchObject({ __typename: 'ValidationError', field });
    }
    expect(s.world.counters().httpRequests).toBe(0);
  });

  it('answers GraphUnavailable when Facebook fails, and stores nothing', async () => {
    const s = await setupAuthorizationTest();
    const { token } = s.systemUserToken();
    s.world.setFaults({ http500Rate: 1 });
    const { registerSystemUserToken: result } = await gql(
      s.app,
      RegisterSystemUserToken,
      { input: { label: 'x', accessToken: token } },
      { apiKey: s.apiKey },
    );
    expect(result).toMatchObject({ __typename: 'GraphUnavailable', retryable: true });
    const rows = s.database.sqlite.prepare('select count(*) as n from authorizations').get() as { n: number };
    expect(rows.n).toBe(0);
  });

  it('is refused for a VIEWER key', async () => {
    const s = await setupAuthorizationTest();
    const viewer = s.createApiKey({ role: 'VIEWER' });
    const { token } = s.systemUserToken();
    const response = await gqlErrors(s.app, RegisterSystemUserToken, { input: { label: 'x', accessToken: token } }, { apiKey: viewer });
    expect(response.codes).toEqual(['FORBIDDEN']);
  });
});
