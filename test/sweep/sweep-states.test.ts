import { describe, expect, it } from 'vitest';
import { setupSweepTest } from './support.ts';

describe('a sweep of 500 authorizations', () => {
  it('checks every token in 10 batch requests of 50 and records each state change the sandbox caused', async () => {
    const t = await setupSweepTest();
    const seeded = t.seed({ count: 500 });
    const [expired, passwordChanged, appRemoved, scopeRemoved, dataAccessGone, revoked] = seeded;
    t.world.expireToken(expired!.token);
    t.world.changePassword(passwordChanged!.userId);
    t.world.revokeApp(appRemoved!.userId);
    t.world.removeScope(scopeRemoved!.userId, 'ads_management');
    t.world.expireDataAccess(dataAccessGone!.token);
    t.world.invalidateToken(revoked!.token, 466);
    // Two of the healthy ones reach ad accounts, so the resync has something to store.
    const account = t.world.createAdAccount({
      name: 'Brand X',
      userTasks: { [seeded[10]!.userId]: ['MANAGE'], [seeded[11]!.userId]: ['ANALYZE'] },
    });
    t.world.resetCalls();

    const outcome = await t.sweeper({ settings: { concurrency: 4 } }).run();

    const counters = t.world.counters();
    // 10 batch requests of 50 debug_token items, then 10 of /me/adaccounts items (one per token still able to list).
    expect(counters.byEndpoint['POST batch']).toBe(20);
    expect(counters.byEndpoint['GET debug_token']).toBe(500);
    const batches = t.world.calls().filter((call) => call.endpoint === 'POST batch');
    expect(batches.map((call) => call.batchItems).reduce((a: number, b) => a + (b ?? 0), 0)).toBe(500 + 495);
    expect(batches.every((call) => (call.batchItems ?? 0) <= 50)).toBe(true);
    expect(outcome).toMatchObject({ status: 'FINISHED', checked: 500, changed: 6, failed: 0, visited: 500, total: 500 });

    const states = Object.fromEntries(
      Object.entries({ expired, passwordChanged, appRemoved, scopeRemoved, dataAccessGone, revoked }).map(([name, s]) => [
        name,
        t.row(s!.row.id).state,
      ]),
    );
    expect(states).toEqual({
      expired: 'EXPIRED',
      passwordChanged: 'INVALIDATED',
      appRemoved: 'REVOKED',
      scopeRemoved: 'MISSING_PERMISSIONS',
      dataAccessGone: 'DATA_ACCESS_EXPIRED',
      revoked: 'REVOKED',
    });
    expect(seeded.slice(6).every((s) => t.row(s.row.id).state === 'VALID')).toBe(true);
    const changes = t.eventsOf(passwordChanged!.row.id).filter((e) => e.type === 'authorization.state_changed');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ actor: 'sweep', data: { from: 'VALID', to: 'INVALIDATED' } });

    // The resync reads /me/adaccounts once per authorization still able to list them (as batch items, each
    // with its own token): not the dead tokens, not the one without data access; the one without
    // ads_management still has ads_read.
    expect(counters.byEndpoint['GET me/adaccounts']).toBe(495);
    expect(outcome).toMatchObject({ adAccountsSynced: 495, adAccountSyncsFailed: 0 });
    const stored = t.database.sqlite
      .prepare('select authorization_id as id from ad_accounts where account_id = ?')
      .all(account.accountId) as { id: string }[];
    expect(stored.map((r) => r.id).sort()).toEqual([seeded[10]!.row.id, seeded[11]!.row.id].sort());
  });

  it('sweeps only the workspace it is given', async () => {
    const t = await setupSweepTest();
    t.createApiKey({ workspace: 'Globex' });
    const globex = t.services.workspaces.findByName('Globex')!.id;
    const mine = t.seed({ count: 3 });
    const theirs = t.seed({ count: 2, workspaceId: globex });
    for (const s of [...mine, ...theirs]) t.world.expireToken(s.token);

    const outcome = await t.sweeper().run({ workspaceId: t.workspaceId });

    expect(outcome).toMatchObject({ status: 'FINISHED', checked: 3, changed: 3, total: 3 });
    expect(mine.map((s) => t.row(s.row.id).state)).toEqual(['EXPIRED', 'EXPIRED', 'EXPIRED']);
    expect(theirs.map((s) => t.services.authorizations.get(globex, s.row.id)!.state)).toEqual(['VALID', 'VALID']);
  });
});
