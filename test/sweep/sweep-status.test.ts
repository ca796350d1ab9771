// The sweep query: a run in progress with its progress, how the last run ended, and when the next starts.
import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/gql.ts';
import { gql } from '../helpers/gql.ts';
import { setupSweepTest, type SweepTest } from './support.ts';

const SweepStatusQuery = graphql(`
  query SweepStatus {
    sweep {
      running
      progress {
        done
        total
      }
      lastRun {
        startedAt
        finishedAt
        checked
        changed
        failed
        stoppedEarly
      }
      nextRunAt
    }
  }
`);

const sweepStatus = async (t: SweepTest) => (await gql(t.app, SweepStatusQuery, {}, { apiKey: t.apiKey })).sweep;

describe('sweep', () => {
  it('shows the run in progress window by window, then the finished run and the next start', async () => {
    const t = await setupSweepTest({ env: { ADSAUTH_SWEEP_INTERVAL: '6h' } });
    expect(await sweepStatus(t)).toEqual({ running: false, progress: null, lastRun: null, nextRunAt: null });
    t.seed({ count: 60, scopes: ['public_profile'] });

    const during: Awaited<ReturnType<typeof sweepStatus>>[] = [];
    const sweeper = t.sweeper({
      settings: { concurrency: 1 },
      afterStage: async (stage) => {
        if (stage === 'checked') during.push(await sweepStatus(t));
      },
    });
    const outcome = await sweeper.run();
    expect(outcome.status).toBe('FINISHED');

    // The count moves when a window has committed: 50 rows a window at concurrency 1.
    expect(during).toEqual([
      { running: true, progress: { done: 0, total: 60 }, lastRun: null, nextRunAt: expect.any(String) },
      { running: true, progress: { done: 50, total: 60 }, lastRun: null, nextRunAt: expect.any(String) },
    ]);
    const after = await sweepStatus(t);
    expect(after).toMatchObject({
      running: false,
      progress: null,
      lastRun: { checked: 60, changed: 0, failed: 0, stoppedEarly: false, finishedAt: expect.any(String) },
    });
    expect(Date.parse(after.nextRunAt!) - Date.parse(after.lastRun!.startedAt)).toBe(6 * 3_600_000);
  });

  it('a run that died part-way is not running and stopped early', async () => {
    const t = await setupSweepTest();
    t.seed({ count: 60, scopes: ['public_profile'] });
    let windows = 0;
    const crashed = t.sweeper({
      settings: { concurrency: 1 },
      afterStage: (stage) => {
        if (stage === 'checked' && ++windows === 2) throw new Error('killed in the second window');
      },
    });
    await expect(crashed.run()).rejects.toThrow('killed in the second window');

    expect(await sweepStatus(t)).toMatchObject({
      running: false,
      progress: null,
      lastRun: { checked: 50, finishedAt: null, stoppedEarly: true },
    });
  });
});
