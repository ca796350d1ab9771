import { describe, expect, it } from 'vitest';
import { createThrottlePauseRepository } from '../../src/repositories/throttle-pauses.ts';
import { startScriptedServer } from '../graph/scripted-server.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { insertAuthorizations } from './seed.ts';
import { setupSweepTest, sweeperFor } from './support.ts';

const MINUTE = 60_000;

describe('throttling pauses', () => {
  it('X-App-Usage at 96 % pauses the app: zero Graph calls until the pause ends, then the sweep carries on', async () => {
    const t = await setupSweepTest();
    const seeded = t.seed({ count: 120 });
    t.world.resetCalls();
    t.world.setThrottle({ appUsagePct: 96 });
    const waits: { from: number; ms: number; requestsSoFar: number }[] = [];
    const requestsAtWaitEnd: number[] = [];
    const sweeper = t.sweeper({
      settings: { concurrency: 1 },
      onWait: (ms) => {
        waits.push({ from: t.clock.now().getTime(), ms, requestsSoFar: t.world.counters().httpRequests });
        t.world.setThrottle({ appUsagePct: null });
      },
      onWaited: () => requestsAtWaitEnd.push(t.world.counters().httpRequests),
    });

    const outcome = await sweeper.run();

    expect(outcome).toMatchObject({ status: 'FINISHED', checked: 120, failed: 0 });
    // The first batch reported 96 %: one wait of the default 5 minutes, right after that one request.
    expect(waits).toEqual([{ from: expect.any(Number), ms: 5 * MINUTE, requestsSoFar: 1 }]);
    // While it waited (for real, not only on the test clock) the sandbox saw no request at all.
    expect(requestsAtWaitEnd).toEqual([1]);
    const pauseStart = waits[0]!.from;
    const pauseEnd = pauseStart + waits[0]!.ms;
    const calls = t.world.calls().filter((call) => !call.viaBatch);
    expect(calls.filter((call) => call.at > pauseStart && call.at < pauseEnd)).toEqual([]);
    expect(calls.filter((call) => call.at >= pauseEnd).length).toBeGreaterThan(0);
    // The first window's resync was deferred (the pause began during it); the others went ahead.
    expect(outcome).toMatchObject({ adAccountSyncsDeferred: 50, adAccountsSynced: 70 });
    expect(seeded.every((s) => t.row(s.row.id).checkedAt!.getTime() >= pauseStart)).toBe(true);
  });

  it('a pause is kept in the database: the next run makes no call until it has passed, then resumes the same run', async () => {
    const t = await setupSweepTest();
    t.seed({ count: 120 });
    t.world.setThrottle({ appUsagePct: 96 });
    const first = await t.sweeper({ settings: { concurrency: 1, maxPauseWaitMs: 0 } }).run();
    expect(first).toMatchObject({
      status: 'PAUSED',
      checked: 50,
      visited: 50,
      pausedUntil: new Date(t.clock.now().getTime() + 5 * MINUTE),
    });
    t.world.setThrottle({ appUsagePct: null });
    t.world.resetCalls();

    // Another process, two minutes later: the pause still holds.
    t.clock.advance(2 * MINUTE);
    const second = await t.sweeper({ settings: { maxPauseWaitMs: 0 } }).run();
    expect(second).toMatchObject({ status: 'PAUSED', runId: first.status !== 'BUSY' && first.runId, resumed: true, checked: 0 });
    expect(t.world.counters().httpRequests).toBe(0);

    t.clock.advance(3 * MINUTE);
    const third = await t.sweeper().run();
    expect(third).toMatchObject({ status: 'FINISHED', resumed: true, checked: 70, visited: 120 });
    expect(t.world.counters().byEndpoint['GET debug_token']).toBe(70);
  });

  it('an ad account throttled with 80004 is paused for estimated_time_to_regain_access: its authorization is not resynced meanwhile', async () => {
    const t = await setupSweepTest();
    const [busy, calm] = t.seed({ count: 2 });
    const hot = t.world.createAdAccount({ name: 'Hot', userTasks: { [busy!.userId]: ['MANAGE'] } });
    t.world.createAdAccount({ name: 'Calm', userTasks: { [calm!.userId]: ['MANAGE'] } });
    await t.sweeper().run(); // stores which accounts each authorization reaches
    t.world.setThrottle({ adAccountBudget: 1, regainAccessMinutes: 30 });
    // Someone reads the hot account twice (through the app's Graph client): the second read is refused.
    await t.app.graph.getAdAccount(busy!.token, hot.accountId);
    await expect(t.app.graph.getAdAccount(busy!.token, hot.accountId)).rejects.toMatchObject({ code: 80004 });
    const pauses = createThrottlePauseRepository(t.database.db).active(t.clock.now());
    expect(pauses).toEqual([
      { scope: hot.accountId, until: new Date(t.clock.now().getTime() + 30 * MINUTE), reason: expect.stringContaining('ads_management') },
    ]);
    t.world.resetCalls();

    t.clock.advance(1000);
    const during = await t.sweeper().run();
    expect(during).toMatchObject({ status: 'FINISHED', checked: 2, adAccountsSynced: 1, adAccountSyncsDeferred: 1 });
    expect(t.world.counters().byEndpoint['GET me/adaccounts']).toBe(1);
    expect(t.world.counters().byEndpoint['GET act_{id}']).toBeUndefined();

    t.clock.advance(30 * MINUTE);
    t.world.resetCalls();
    const after = await t.sweeper().run();
    expect(after).toMatchObject({ adAccountsSynced: 2, adAccountSyncsDeferred: 0 });
  });

  for (const code of [4, 17, 613, 80004]) {
    it(`Graph answering code ${code} pauses the app: the sweep stops after that one batch request`, async () => {
      const graph = await startScriptedServer(() => ({
        status: 400,
        body: { error: { message: `(#${code}) Too many calls`, type: 'OAuthException', code, fbtrace_id: 'T1' } },
      }));
      const t = await createTestApp({ graph: { graphUrl: graph.url } });
      t.createApiKey();
      const workspaceId = t.services.workspaces.findByName('Acme')!.id;
      const fake = (i: number) => ({
        token: `EAABfake${i}`,
        userId: `10${i}`,
        tokenType: 'USER',
        scopes: ['ads_management'],
        expiresAt: null,
        dataAccessExpiresAt: null,
      });
      insertAuthorizations(
        { db: t.database.db, cipher: t.kernel.cipher, now: t.clock.now() },
        { workspaceId },
        Array.from({ length: 60 }, (_, i) => fake(i)),
      );

      const outcome = await sweeperFor(t, { settings: { concurrency: 1, maxPauseWaitMs: 0 } }).run();

      expect(graph.received).toHaveLength(1);
      // The first window of 50 got the error; the remaining 10 wait for the next run.
      expect(outcome).toMatchObject({
        status: 'PAUSED',
        checked: 50,
        failed: 50,
        changed: 0,
        visited: 50,
        total: 60,
        pausedUntil: new Date(t.clock.now().getTime() + 5 * MINUTE),
      });
      await graph.close();
    });
  }
});
