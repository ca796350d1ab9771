import { describe, expect, it } from 'vitest';
import { GraphUnavailable } from '../../src/domain/authorization-errors.ts';
import { TokenNotUsable } from '../../src/domain/ad-account-errors.ts';
import { setupAdAccountTest } from './support.ts';

describe('the ad-account sync service', () => {
  it('reads all 130 accounts in ⌈130 / 25⌉ = 6 page reads and no call per account', async () => {
    const s = await setupAdAccountTest();
    const { authorizationId } = await s.systemUserWithAccounts(130);
    s.world.resetCalls();

    const result = await s.services.adAccountSync.sync(s.actor, authorizationId);

    expect(result.accountCount).toBe(130);
    expect(s.world.counters()).toEqual({ httpRequests: 6, byEndpoint: { 'GET me/adaccounts': 6 } });
    const rows = s.stored(authorizationId);
    expect(rows).toHaveLength(130);
    expect(rows[0]).toMatchObject({
      name: 'Account 0001',
      accountStatus: 1,
      currency: 'EUR',
      businessId: s.business.id,
      customAudienceTosAccepted: true,
    });
    expect(rows.at(-1)!.name).toBe('Account 0130');
    // The registration synced already; a second sync of the same set records nothing new.
    expect(result.changes).toEqual([]);
    expect(s.changes(authorizationId)).toHaveLength(130);
    expect(s.changes(authorizationId).every((c) => c.change === 'GAINED')).toBe(true);
  });

  it('keeps the previous set whole when page 4 fails, and says so with a typed error', async () => {
    const s = await setupAdAccountTest();
    const { authorizationId, systemUser, accounts } = await s.systemUserWithAccounts(130);
    const before = s.stored(authorizationId);
    const changesBefore = s.changes(authorizationId).length;
    // Graph changes: one account lost, two gained, one disabled; then page 4 fails on every retry.
    s.world.grantAdAccount(accounts[0]!.accountId, systemUser.id, []);
    s.createAccounts(systemUser.id, 2);
    s.world.updateAdAccount(accounts[1]!.accountId, { accountStatus: 2 });
    s.world.setFaults({ scripted: [4, 5, 6, 7].map((onCall) => ({ pathIncludes: '/me/adaccounts', onCall, fault: 'http500' as const })) });
    s.world.resetCalls();

    const failure = await s.services.adAccountSync.sync(s.actor, authorizationId).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(GraphUnavailable);
    expect((failure as GraphUnavailable).retryable).toBe(true);
    // Pages 1–3, then page 4 and its three retries; nothing after it.
    expect(s.world.calls().map((c) => c.status)).toEqual([200, 200, 200, 500, 500, 500, 500]);
    expect(s.stored(authorizationId)).toEqual(before);
    expect(s.changes(authorizationId)).toHaveLength(changesBefore);

    // Once Graph answers again, the same sync applies every change at once.
    s.world.setFaults({ scripted: [] });
    const result = await s.services.adAccountSync.sync(s.actor, authorizationId);
    expect(result.accountCount).toBe(131);
    expect(result.changes.map((c) => c.change).sort()).toEqual(['GAINED', 'GAINED', 'LOST', 'STATUS_CHANGED']);
  });

  it('refuses a token Facebook would refuse, without calling Graph', async () => {
    const s = await setupAdAccountTest();
    const { authorizationId, token } = await s.systemUserWithAccounts(3);
    s.world.invalidateToken(token, 460);
    await s.services.authorizations.refresh(s.actor, authorizationId);
    s.world.resetCalls();

    await expect(s.services.adAccountSync.sync(s.actor, authorizationId)).rejects.toBeInstanceOf(TokenNotUsable);
    expect(s.world.counters().httpRequests).toBe(0);
    expect(s.stored(authorizationId)).toHaveLength(3);
  });
});
