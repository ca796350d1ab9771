import { describe, expect, it } from 'vitest';
import { setupSweepTest } from './support.ts';

describe('Graph call counters during a sweep', () => {
  it('are written by the end of the run (they are kept in memory for a few seconds): every batch item counted', async () => {
    const t = await setupSweepTest();
    t.seed({ count: 60 });
    t.world.resetCalls();
    const counterRows = () => t.database.sqlite.prepare('select calls, errors from graph_call_counters').all();

    const outcome = await t.sweeper().run();

    expect(outcome).toMatchObject({ status: 'FINISHED', checked: 60, adAccountsSynced: 60 });
    const counters = t.world.counters();
    const items = (counters.byEndpoint['GET debug_token'] ?? 0) + (counters.byEndpoint['GET me/adaccounts'] ?? 0);
    expect(items).toBe(120);
    // The finished run also reads the app's permissions again: one more call.
    expect(counters.byEndpoint['GET {id}/permissions']).toBe(1);
    expect(counterRows()).toEqual([{ calls: 121, errors: 0 }]);
  });
});
