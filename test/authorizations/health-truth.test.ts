// What tokenStatus, health and supportedJobTypes say after each kind of check, through GraphQL against the sandbox.
import { describe, expect, it } from 'vitest';
import { setupAuthorizationTest, type AuthorizationTest } from './support.ts';

const userTokenOf = (s: AuthorizationTest, facebookUserId: string) =>
  s.world
    .snapshot()
    .tokens.filter((t) => t.type === 'USER' && t.userId === facebookUserId)
    .at(-1)!.accessToken;

describe('lastCheckError', () => {
  it('clears once a later check gets an answer: a healthy row shows no stale error', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser();
    s.clock.advance(60_000);
    s.world.setFaults({ code2Rate: 1 });
    const failed = await s.refresh(authorization.id);
    expect(failed.tokenStatus.lastCheckError).toMatchObject({ errorClass: 'TRANSIENT', code: 2 });

    s.clock.advance(60_000);
    s.world.setFaults({ code2Rate: 0 });
    const recovered = await s.refresh(authorization.id);
    expect(recovered).toMatchObject({ health: 'HEALTHY', tokenStatus: { state: 'VALID', lastCheckError: null } });
  });
});

describe('a dead token gets one issue, not a second one about permissions', () => {
  it('a person who changed their password (460): INVALIDATED, the password named, no MISSING_PERMISSIONS, no jobs', async () => {
    const s = await setupAuthorizationTest();
    const { authorization, userId } = await s.connectUser();
    s.world.changePassword(userId);
    const after = await s.refresh(authorization.id);
    expect(after.tokenStatus).toMatchObject({ state: 'INVALIDATED', missingScopes: [] });
    expect(after.tokenStatus.issues.map((issue) => issue.code)).toEqual(['TOKEN_INVALIDATED']);
    expect(after.tokenStatus.issues[0]!.message).toMatch(/changed their password/);
    expect(after.supportedJobTypes).toEqual([]);
  });

  it('a system-user token invalidated (460): worded for a system user, with no password in it', async () => {
    const s = await setupAuthorizationTest();
    const { authorization, token } = await s.registerSystemUser();
    s.world.invalidateToken(token, 460);
    const after = await s.refresh(authorization.id);
    expect(after.tokenStatus.issues.map((issue) => issue.code)).toEqual(['TOKEN_INVALIDATED']);
    const [issue] = after.tokenStatus.issues;
    expect(issue!.message).not.toMatch(/password/);
    expect(issue!.message).toMatch(/revoked or regenerated in Business Settings/);
    expect(issue!.remediation.url).toContain('business.facebook.com/settings/system-users');
  });

  it('an unparseable token (Facebook no longer knows it): INVALIDATED alone', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser();
    s.world.reset(); // the sandbox forgets every token: debug_token answers "Cannot parse access token"
    const after = await s.refresh(authorization.id);
    expect(after.tokenStatus).toMatchObject({ state: 'INVALIDATED', scopes: [], missingScopes: [] });
    expect(after.tokenStatus.issues.map((issue) => issue.code)).toEqual(['TOKEN_INVALIDATED']);
    expect(after.tokenStatus.issues[0]!.message).toMatch(/Cannot parse access token/);
  });

  it('an expired token: TOKEN_EXPIRED alone', async () => {
    const s = await setupAuthorizationTest();
    const { authorization, token } = await s.registerSystemUser();
    s.world.expireToken(token);
    const after = await s.refresh(authorization.id);
    expect(after.tokenStatus.issues.map((issue) => issue.code)).toEqual(['TOKEN_EXPIRED']);
  });
});

describe('supportedJobTypes agrees with health', () => {
  it('HEALTHY lists both jobs; EXPIRED lists none, though debug_token still lists its scopes', async () => {
    const s = await setupAuthorizationTest();
    const { authorization, token } = await s.registerSystemUser();
    expect(authorization).toMatchObject({ health: 'HEALTHY', supportedJobTypes: ['EXPORT_AUDIENCES', 'EXPORT_AUDIENCES_WEB_TRAFFIC'] });
    s.world.expireToken(token);
    const after = await s.refresh(authorization.id);
    expect(after).toMatchObject({ health: 'UNHEALTHY', tokenStatus: { state: 'EXPIRED' }, supportedJobTypes: [] });
    expect(after.tokenStatus.scopes).toContain('ads_management');
  });

  it('DATA_ACCESS_EXPIRED lists none', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.connectUser();
    expect(authorization.supportedJobTypes).not.toEqual([]);
    s.world.expireDataAccess(userTokenOf(s, authorization.facebookUser!.id));
    const after = await s.refresh(authorization.id);
    expect(after).toMatchObject({ health: 'UNHEALTHY', tokenStatus: { state: 'DATA_ACCESS_EXPIRED' }, supportedJobTypes: [] });
  });
});
