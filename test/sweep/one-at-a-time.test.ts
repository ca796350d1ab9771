import { describe, expect, it } from 'vitest';
import { CLI, runCli, spawnTs, type Finished } from '../helpers/spawn.ts';
import { SWEEP_EXIT } from '../../src/cli/sweep.ts';
import { createLeaseRepository } from '../../src/repositories/leases.ts';
import { setupLiveSweep } from './live-support.ts';
import { setupSweepTest } from './support.ts';

const LEASE_TTL_MS = 60_000;

async function waitFor(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('one sweep at a time', () => {
  it('two sweepers on one database file (two connections) start together: one sweeps, the other reports the lease is held', async () => {
    const live = await setupLiveSweep({ count: 100, scopes: ['public_profile'] });
    live.world.setFaults({ latencyMs: 50 });
    const [a, b] = [live.appOnSameFile(), live.appOnSameFile()];

    const outcomes = await Promise.all([a.app.workers.sweep.run(), b.app.workers.sweep.run()]);

    const statuses = outcomes.map((o) => o.status).sort();
    expect(statuses).toEqual(['BUSY', 'FINISHED']);
    const busy = outcomes.find((o) => o.status === 'BUSY')!;
    expect(busy).toMatchObject({ heldUntil: expect.any(Date) });
    expect(live.world.counters().byEndpoint['GET debug_token']).toBe(100);
    expect(live.count('select count(*) as n from sweep_runs')).toBe(1);
    // Released at the end: the next sweep may start at once.
    expect(live.count('select count(*) as n from leases')).toBe(0);
    expect((await b.app.workers.sweep.run()).status).toBe('FINISHED');
  });

  it('kill -9 in the middle of `adsauth sweep`: the lease blocks a second sweep until it expires, then the next run resumes after the last window whose every stage was done', async () => {
    // Tokens without ads scopes: nothing to resync, so the run is only the batches being killed.
    const live = await setupLiveSweep({ count: 500, scopes: ['public_profile'] });
    live.world.setFaults({ latencyMs: 150 });
    const seededAt = Date.now();
    const child = spawnTs(CLI, ['sweep'], { env: { ...live.env, ADSAUTH_SWEEP_CONCURRENCY: '1' }, cwd: live.dir });
    const exited = new Promise<Finished>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal, stdout: '', stderr: '' })),
    );
    const visited = () => live.count('select count(*) as n from authorizations where last_swept_run_id is not null');
    await waitFor(() => visited() >= 100, 'two committed batches');
    child.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');

    const runId = (live.database.sqlite.prepare("select id from sweep_runs where status = 'RUNNING'").get() as { id: string }).id;
    const checkedBeforeKill = visited();
    expect(checkedBeforeKill).toBeGreaterThanOrEqual(100);
    expect(checkedBeforeKill).toBeLessThan(500);
    expect(checkedBeforeKill % 50).toBe(0);
    // A row carries the run's mark only once every stage of its window is done, so a marked row was
    // checked; a checked row whose window the kill cut short is not marked, and the next run redoes it.
    expect(
      live.count('select count(*) as n from authorizations where last_swept_run_id is not null and not (checked_at > ?)', seededAt),
    ).toBe(0);
    expect(live.count('select count(*) as n from authorizations')).toBe(500);

    // Another `adsauth sweep` right away: the dead sweep's lease has not expired yet.
    const blocked = await runCli(['sweep'], { env: live.env, cwd: live.dir });
    expect(blocked.code).toBe(SWEEP_EXIT.BUSY);
    expect(blocked.stdout).toMatch(/^Another sweep holds the lease \(its lease runs until .+\); nothing was done\./);

    // Once it has expired, the next run takes over and resumes the same run.
    live.world.setFaults({ latencyMs: 0 });
    live.world.resetCalls();
    const next = live.appOnSameFile({ clockAheadMs: LEASE_TTL_MS + 1000 });
    const outcome = await next.app.workers.sweep.run();

    expect(outcome).toMatchObject({
      status: 'FINISHED',
      runId,
      resumed: true,
      checked: 500 - checkedBeforeKill,
      changed: 0,
      failed: 0,
      visited: 500,
    });
    expect(live.world.counters().byEndpoint['GET debug_token']).toBe(500 - checkedBeforeKill);
    expect(live.count('select count(*) as n from authorizations where last_swept_run_id = ?', runId)).toBe(500);
    expect(live.database.sqlite.prepare('select status, checked from sweep_runs').all()).toEqual([{ status: 'FINISHED', checked: 500 }]);
  });

  it('a sweep that could not renew its lease in time (another took it over) stops at once and leaves the run to the new holder', async () => {
    const t = await setupSweepTest();
    t.seed({ count: 120 });
    t.world.setThrottle({ appUsagePct: 96 });
    const leases = createLeaseRepository(t.database.db);
    let takenOver = false;
    const sweeper = t.sweeper({
      settings: { concurrency: 1, leaseTtlMs: LEASE_TTL_MS },
      // The 5-minute wait outlasts the lease: another process takes it when it has expired.
      onWait: (ms) => {
        const then = t.clock.now().getTime() + ms;
        takenOver = leases.acquire('sweep', 'another process', new Date(then), new Date(then + LEASE_TTL_MS));
      },
    });

    const outcome = await sweeper.run();

    expect(takenOver).toBe(true);
    expect(outcome).toMatchObject({ status: 'LEASE_LOST', checked: 50, warningsSent: 0 });
    expect(leases.find('sweep')).toMatchObject({ holder: 'another process' });
    expect(t.database.sqlite.prepare('select status from sweep_runs').all()).toEqual([{ status: 'RUNNING' }]);
  });
});
