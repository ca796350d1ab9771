import { describe, expect, it } from 'vitest';
import { gql, gqlErrors } from '../helpers/gql.ts';
import { DEFAULT_WORKSPACE } from '../helpers/test-app.ts';
import { seedAuthorizations } from '../sweep/seed.ts';
import { AuthorizationQuery, RecheckAllQuery } from './documents.ts';
import { setupAuthorizationTest } from './support.ts';

const DAY_MS = 86_400_000;

describe('refreshAuthorization after each sandbox state change', () => {
  it('EXPIRED: the sandbox expires the token (190/463)', async () => {
    const s = await setupAuthorizationTest();
    const { authorization, token } = await s.registerSystemUser();
    s.world.expireToken(token);
    const after = await s.refresh(authorization.id);
    expect(after).toMatchObject({ health: 'UNHEALTHY', tokenStatus: { state: 'EXPIRED', isValid: false } });
    expect(after.tokenStatus.issues[0]).toMatchObject({
      code: 'TOKEN_EXPIRED',
      remediation: { url: expect.stringContaining('business.facebook.com/settings/system-users') },
    });
  });

  it('INVALIDATED: the user changes their password (190/460), with the reason named', async () => {
    const s = await setupAuthorizationTest();
    const { authorization, userId } = await s.connectUser();
    s.world.changePassword(userId);
    const after = await s.refresh(authorization.id);
    expect(after.tokenStatus.state).toBe('INVALIDATED');
    expect(after.tokenStatus.issues[0]!.message).toMatch(/password/);
    expect(after.tokenStatus.issues[0]!.remediation.url).toMatch(/\/oauth\/facebook\/reconnect\/\?authorization=/);
  });

  it('REVOKED: the user removes the app (190/458)', async () => {
    const s = await setupAuthorizationTest();
    const { authorization, userId } = await s.connectUser();
    s.world.revokeApp(userId);
    expect((await s.refresh(authorization.id)).tokenStatus.state).toBe('REVOKED');
  });

  it('MISSING_PERMISSIONS: ads_management is taken away', async () => {
    const s = await setupAuthorizationTest();
    const { authorization, userId } = await s.connectUser();
    s.world.removeScope(userId, 'ads_management');
    const after = await s.refresh(authorization.id);
    expect(after.tokenStatus).toMatchObject({ state: 'MISSING_PERMISSIONS', isValid: true, missingScopes: ['ads_management'] });
    expect(after.supportedJobTypes).toEqual([]);
  });

  it('DATA_ACCESS_EXPIRED: 90 days without use', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.connectUser();
    // The stored token is the long-lived one, the last token the sandbox issued for this user.
    const token = s.world
      .snapshot()
      .tokens.filter((t) => t.type === 'USER' && t.userId === authorization.facebookUser!.id)
      .at(-1);
    s.world.expireDataAccess(token!.accessToken);
    expect((await s.refresh(authorization.id)).tokenStatus.state).toBe('DATA_ACCESS_EXPIRED');
  });

  it('EXPIRING_SOON inside the warning window, then EXPIRED once the clock passes expires_at', async () => {
    const s = await setupAuthorizationTest();
    const { token } = s.systemUserToken({ expiresInSeconds: 60 * 86_400 });
    const { authorization } = await s.registerSystemUser({ token });
    expect(authorization.tokenStatus.state).toBe('VALID');
    s.clock.advance(55 * DAY_MS);
    const soon = await s.refresh(authorization.id);
    expect(soon).toMatchObject({ health: 'HEALTHY', tokenStatus: { state: 'EXPIRING_SOON' } });
    expect(soon.tokenStatus.issues[0]!.code).toBe('TOKEN_EXPIRING_SOON');
    s.clock.advance(6 * DAY_MS);
    expect((await s.refresh(authorization.id)).tokenStatus.state).toBe('EXPIRED');
  });

  it('a transient failure keeps the state and records lastCheckError', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser();
    s.clock.advance(60_000);
    s.world.setFaults({ code2Rate: 1 });
    const after = await s.refresh(authorization.id);
    expect(after.tokenStatus).toMatchObject({
      state: 'VALID',
      checkedAt: authorization.tokenStatus.checkedAt,
      lastCheckError: { errorClass: 'TRANSIENT', code: 2, occurredAt: s.clock.now().toISOString() },
    });
    s.world.setFaults({ code2Rate: 0 });
    const recovered = await s.refresh(authorization.id);
    expect(recovered.tokenStatus.checkedAt).toBe(s.clock.now().toISOString());
  });
});

describe('tokenStatus(maxAgeSeconds)', () => {
  it('answers from the stored check without the argument, and re-checks only what is older', async () => {
    const s = await setupAuthorizationTest();
    const { authorization, token } = await s.registerSystemUser();
    s.world.expireToken(token);
    s.world.resetCalls();
    const stored = await gql(s.app, AuthorizationQuery, { id: authorization.id }, { apiKey: s.apiKey });
    expect(stored.authorization!.tokenStatus.state).toBe('VALID');
    expect(s.world.counters().httpRequests).toBe(0);

    s.clock.advance(30_000);
    const fresh = await gql(s.app, RecheckAllQuery, { first: 10, maxAgeSeconds: 60 }, { apiKey: s.apiKey });
    expect(fresh.authorizations.edges[0]!.node.tokenStatus.state).toBe('VALID');
    expect(s.world.counters().httpRequests).toBe(0);

    s.clock.advance(30_000); // past the re-check floor (ADSAUTH_MIN_RECHECK_SECONDS, 60 s)
    const rechecked = await gql(s.app, RecheckAllQuery, { first: 10, maxAgeSeconds: 10 }, { apiKey: s.apiKey });
    expect(rechecked.authorizations.edges[0]!.node.tokenStatus.state).toBe('EXPIRED');
    const again = await gql(s.app, AuthorizationQuery, { id: authorization.id }, { apiKey: s.apiKey });
    expect(again.authorization!.tokenStatus.state).toBe('EXPIRED');
  });

  it('re-checks 100 authorizations in 2 Graph HTTP requests, each result stored', async () => {
    // The re-check of 100 spends 100 of the key's budget: more than the default per minute.
    const s = await setupAuthorizationTest({ env: { ADSAUTH_KEY_GRAPH_CALLS_PER_MINUTE: '1000' } });
    // Stored as checked, straight through the repository: registering 100 through the API only costs time here.
    const workspaceId = s.services.workspaces.findByName(DEFAULT_WORKSPACE)!.id;
    const deps = { db: s.database.db, cipher: s.kernel.cipher, world: s.world, now: s.clock.now() };
    const tokens = seedAuthorizations(deps, { workspaceId, count: 100, kind: 'SYSTEM_USER', labelPrefix: 'SU' }).map(
      (seeded) => seeded.token,
    );
    s.world.expireToken(tokens[7]!);
    s.world.invalidateToken(tokens[63]!, 466);
    s.clock.advance(60_000); // past the re-check floor
    s.world.resetCalls();

    const result = await gql(s.app, RecheckAllQuery, { first: 100, maxAgeSeconds: 0 }, { apiKey: s.apiKey });

    expect(s.world.counters().httpRequests).toBe(2);
    expect(s.world.counters().byEndpoint['POST batch']).toBe(2);
    expect(s.world.counters().byEndpoint['GET debug_token']).toBe(100);
    const states = new Map(result.authorizations.edges.map((e) => [e.node.label, e.node.tokenStatus.state]));
    expect(states.size).toBe(100);
    expect(states.get('SU 7')).toBe('EXPIRED');
    expect(states.get('SU 63')).toBe('REVOKED');
    expect([...states.values()].filter((state) => state === 'VALID')).toHaveLength(98);
  });

  it('refuses a negative maxAgeSeconds as BAD_USER_INPUT, without asking Facebook', async () => {
    const s = await setupAuthorizationTest();
    await s.registerSystemUser();
    s.world.resetCalls();
    const refused = await gqlErrors(s.app, RecheckAllQuery, { first: 10, maxAgeSeconds: -1 }, { apiKey: s.apiKey });
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    expect(s.world.counters().httpRequests).toBe(0);
  });

  it('caps first at 100', async () => {
    const s = await setupAuthorizationTest();
    for (let i = 0; i < 3; i++) await s.registerSystemUser();
    const result = await gql(s.app, RecheckAllQuery, { first: 1000 }, { apiKey: s.apiKey });
    expect(result.authorizations.edges).toHaveLength(3);
  });
});
