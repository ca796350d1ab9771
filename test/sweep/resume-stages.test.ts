import { describe, expect, it } from 'vitest';
import { setupSweepTest } from './support.ts';

describe('a sweep that dies between the check and the ad-account sync', () => {
  // Simulated through the sweep's afterStage hook rather than a real kill -9: a kill that lands exactly
  // between two stages is not deterministic. The hook throws once the window's checks have committed,
  // which leaves the database as a crash there would (the run RUNNING, its cursor not moved).
  it('the next run redoes the whole window: the checks again, then the syncs that never happened', async () => {
    const t = await setupSweepTest();
    const seeded = t.seed({ count: 120 });
    const first = [...seeded].sort((a, b) => (a.row.id < b.row.id ? -1 : 1))[0]!;
    const account = t.world.createAdAccount({ name: 'Brand X', userTasks: { [first.userId]: ['MANAGE'] } });
    const adAccountsOf = (id: string) =>
      (
        t.database.sqlite.prepare('select account_id as accountId from ad_accounts where authorization_id = ?').all(id) as {
          accountId: string;
        }[]
      ).map((r) => r.accountId);
    t.world.resetCalls();

    const crashed = t.sweeper({
      settings: { concurrency: 1 },
      afterStage: (stage) => {
        if (stage === 'checked') throw new Error('killed between the check and the sync');
      },
    });
    await expect(crashed.run()).rejects.toThrow('killed between the check and the sync');

    // The first window (50 rows) was checked, nothing was synced, and the run's cursor did not move.
    expect(t.world.counters().byEndpoint['GET debug_token']).toBe(50);
    expect(t.world.counters().byEndpoint['GET me/adaccounts']).toBeUndefined();
    expect(adAccountsOf(first.row.id)).toEqual([]);
    expect(t.database.sqlite.prepare('select status, checked, cursor from sweep_runs').all()).toEqual([
      { status: 'RUNNING', checked: 0, cursor: null },
    ]);

    const outcome = await t.sweeper({ settings: { concurrency: 1 } }).run();

    expect(outcome).toMatchObject({ status: 'FINISHED', resumed: true, checked: 120, visited: 120, total: 120, adAccountsSynced: 120 });
    expect(t.world.counters().byEndpoint['GET debug_token']).toBe(50 + 120);
    expect(t.world.counters().byEndpoint['GET me/adaccounts']).toBe(120);
    expect(adAccountsOf(first.row.id)).toEqual([account.accountId]);
    expect(t.database.sqlite.prepare('select status, checked from sweep_runs').all()).toEqual([{ status: 'FINISHED', checked: 120 }]);
  });
});
