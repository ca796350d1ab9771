import { describe, expect, it } from 'vitest';
import { RefreshAuthorization, ReplaceSystemUserToken } from '../authorizations/documents.ts';
import { gql } from '../helpers/gql.ts';
import { setupAdAccountTest } from './support.ts';

const HTTP500_ON_EVERY_TRY = [1, 2, 3, 4].map((onCall) => ({ pathIncludes: '/me/adaccounts', onCall, fault: 'http500' as const }));

describe('the sync after a token is stored or re-checked', () => {
  it('runs after a completed Facebook connection', async () => {
    const s = await setupAdAccountTest();
    const user = s.world.createUser({ name: 'Jane' });
    const accounts = s.createAccounts(user.id, 30);
    s.world.resetCalls();

    const { authorization } = await s.connectUser({ userId: user.id });

    expect(s.graphCount('GET me/adaccounts')).toBe(2); // 30 accounts: 25 + 5
    expect(s.stored(s.rawId(authorization.id)).map((row) => row.accountId)).toEqual(accounts.map((a) => a.accountId));
  });

  it('runs after a system-user registration and after a token rotation', async () => {
    const s = await setupAdAccountTest();
    const { authorization, authorizationId, systemUser, accounts } = await s.systemUserWithAccounts(3);
    expect(s.stored(authorizationId)).toHaveLength(3);

    // The new token belongs to another system user (allowed explicitly), who reaches one old account and two new ones.
    const next = s.systemUserToken();
    const fresh = s.createAccounts(next.systemUser.id, 2);
    s.world.grantAdAccount(accounts[0]!.accountId, next.systemUser.id, ['ADVERTISE']);
    expect(systemUser.id).not.toBe(next.systemUser.id);
    const replaced = await gql(
      s.app,
      ReplaceSystemUserToken,
      { input: { id: authorization.id, accessToken: next.token, allowIdentityChange: true } },
      { apiKey: s.apiKey },
    );
    expect(replaced.replaceSystemUserToken.__typename).toBe('AuthorizationPayload');
    expect(s.stored(authorizationId).map((row) => [row.accountId, row.tasks])).toEqual([
      [accounts[0]!.accountId, ['ADVERTISE']],
      [fresh[0]!.accountId, ['ADVERTISE', 'ANALYZE', 'MANAGE']],
      [fresh[1]!.accountId, ['ADVERTISE', 'ANALYZE', 'MANAGE']],
    ]);
  });

  it('runs after refreshAuthorization and records what it found', async () => {
    const s = await setupAdAccountTest();
    const { authorization, authorizationId, systemUser } = await s.systemUserWithAccounts(2);
    const [gained] = s.createAccounts(systemUser.id, 1);
    s.clock.advance(60_000);

    const result = await gql(s.app, RefreshAuthorization, { input: { id: authorization.id } }, { apiKey: s.apiKey });

    expect(result.refreshAuthorization.__typename).toBe('AuthorizationPayload');
    expect(s.stored(authorizationId)).toHaveLength(3);
    expect(s.changes(authorizationId).at(-1)).toMatchObject({ accountId: gained!.accountId, change: 'GAINED', at: s.clock.now() });
  });

  it('never fails the authorization: a failed sync is logged without secrets and the old set stays', async () => {
    const s = await setupAdAccountTest();
    const { authorization, authorizationId, systemUser, token } = await s.systemUserWithAccounts(2);
    s.createAccounts(systemUser.id, 1);
    s.world.setFaults({ scripted: HTTP500_ON_EVERY_TRY });

    const result = await gql(s.app, RefreshAuthorization, { input: { id: authorization.id } }, { apiKey: s.apiKey });

    expect(result.refreshAuthorization.__typename).toBe('AuthorizationPayload');
    expect(s.stored(authorizationId)).toHaveLength(2);
    const warning = s.logs.records.find((r) => r.msg?.startsWith('ad-account sync after the token was stored failed'));
    expect(warning).toMatchObject({ level: 40, authorizationId, reason: { name: 'GraphUnavailable' } });
    expect(s.logs.text()).not.toContain(token);
  });

  it('is skipped for a token Facebook would refuse', async () => {
    const s = await setupAdAccountTest();
    const { authorization, authorizationId, token } = await s.systemUserWithAccounts(2);
    s.world.invalidateToken(token, 466);
    s.world.resetCalls();

    await gql(s.app, RefreshAuthorization, { input: { id: authorization.id } }, { apiKey: s.apiKey });

    expect(s.authorizationRow(authorizationId).state).toBe('REVOKED');
    expect(s.graphCount('GET me/adaccounts')).toBe(0);
    expect(s.stored(authorizationId)).toHaveLength(2);
  });
});
