import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { AuthorizationsQuery } from '../authorizations/documents.ts';
import { setupSweepTest, type SweepTest } from './support.ts';

/**
 * Sweeps until every authorization has had one successful check since `since`; returns the passes used.
 * One request at a time, so the sandbox's seeded faults hit the same requests in every run of the test
 * (with several in flight, which request draws which fault depends on timing).
 */
async function passesUntilAllChecked(t: SweepTest, ids: string[], since: Date, maxPasses: number) {
  for (let pass = 1; pass <= maxPasses; pass++) {
    t.clock.advance(1000);
    const outcome = await t.sweeper({ settings: { concurrency: 1 } }).run();
    expect(outcome.status).toBe('FINISHED');
    if (ids.every((id) => t.row(id).checkedAt!.getTime() > since.getTime())) return pass;
  }
  return Infinity;
}

describe('transient failures (30 % injected)', () => {
  for (const fault of ['code2Rate', 'http500Rate'] as const) {
    it(`${fault} 0.3: no false state change, real changes found, everything checked within 3 passes`, async () => {
      const t = await setupSweepTest();
      const seeded = t.seed({ count: 200 });
      const ids = seeded.map((s) => s.row.id);
      const reallyExpired = seeded.slice(0, 5);
      for (const s of reallyExpired) t.world.expireToken(s.token);
      const since = t.clock.now();
      t.world.setFaults({ [fault]: 0.3 });

      const passes = await passesUntilAllChecked(t, ids, since, 3);

      expect(passes).toBeLessThanOrEqual(3);
      const states = ids.map((id) => t.row(id).state);
      expect(states.filter((s) => s === 'EXPIRED')).toHaveLength(5);
      expect(states.filter((s) => s === 'VALID')).toHaveLength(195);
      expect(reallyExpired.every((s) => t.row(s.row.id).state === 'EXPIRED')).toBe(true);
      const stateChanges = ids.flatMap((id) => t.eventsOf(id)).filter((e) => e.type === 'authorization.state_changed');
      expect(stateChanges).toHaveLength(5);
      // The faults really hit: Graph answered errors that the client retried or the sweep recorded. Code 2
      // hits batch items (hundreds); HTTP 500 hits whole batch requests, of which a pass makes only 8.
      const errors = t.world.calls().filter((call) => call.errorCode === (fault === 'code2Rate' ? 2 : 1));
      expect(errors.length).toBeGreaterThan(fault === 'code2Rate' ? 20 : 0);
    });
  }

  it('a failed check keeps the state and records lastCheckError; after 3 in a row the health is UNKNOWN', async () => {
    const t = await setupSweepTest();
    const [flaky, fine] = t.seed({ count: 2 });
    const healthOf = async () => {
      const data = await gql(t.app, AuthorizationsQuery, { first: 10 }, { apiKey: t.apiKey });
      return Object.fromEntries(data.authorizations.edges.map((e) => [e.node.id, e.node.health]));
    };
    const idsWithHealth = async (health: 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN') => {
      const data = await gql(t.app, AuthorizationsQuery, { first: 10, filter: { health } }, { apiKey: t.apiKey });
      return data.authorizations.edges.map((e) => e.node.label);
    };
    // Every Graph request answers 500, so each check fails even after the client's retries.
    const sweepWithFailures = async () => {
      t.world.setFaults({ http500Rate: 1 });
      const outcome = await t.sweeper().run();
      t.world.setFaults({ http500Rate: 0 });
      return outcome;
    };

    for (let failures = 1; failures <= 3; failures++) {
      const outcome = await sweepWithFailures();
      expect(outcome).toMatchObject({ status: 'FINISHED', checked: 2, failed: 2, changed: 0 });
      const row = t.row(flaky!.row.id);
      expect(row.state).toBe('VALID');
      expect(row.consecutiveCheckFailures).toBe(failures);
      expect(row.lastCheckError).toMatchObject({ errorClass: 'TRANSIENT', code: 1 });
      const health = await healthOf();
      expect(Object.values(health)).toEqual(Array(2).fill(failures < 3 ? 'HEALTHY' : 'UNKNOWN'));
    }
    expect(await idsWithHealth('UNKNOWN')).toHaveLength(2);
    expect(await idsWithHealth('HEALTHY')).toHaveLength(0);

    // One successful check later it is known again.
    await t.sweeper().run();
    expect(t.row(fine!.row.id).consecutiveCheckFailures).toBe(0);
    expect(Object.values(await healthOf())).toEqual(['HEALTHY', 'HEALTHY']);
    expect(await idsWithHealth('UNKNOWN')).toHaveLength(0);
    expect(await idsWithHealth('HEALTHY')).toHaveLength(2);
  });

  it('ADSAUTH_UNKNOWN_AFTER_FAILURES moves the threshold, and an unhealthy state stays visible until then', async () => {
    const t = await setupSweepTest({ env: { ADSAUTH_UNKNOWN_AFTER_FAILURES: '1' } });
    const [dead] = t.seed({ count: 1 });
    t.world.expireToken(dead!.token);
    await t.sweeper().run();
    const query = async (health: 'UNHEALTHY' | 'UNKNOWN') =>
      (await gql(t.app, AuthorizationsQuery, { first: 10, filter: { health } }, { apiKey: t.apiKey })).authorizations.totalCount;
    expect([await query('UNHEALTHY'), await query('UNKNOWN')]).toEqual([1, 0]);
    t.world.setFaults({ http500Rate: 1 });
    await t.sweeper().run();
    expect(t.row(dead!.row.id).state).toBe('EXPIRED');
    expect([await query('UNHEALTHY'), await query('UNKNOWN')]).toEqual([0, 1]);
  });
});
