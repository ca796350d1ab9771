// `serve` sweeps every ADSAUTH_SWEEP_INTERVAL, counted from the newest run in the database (so a
// restart neither sweeps at once nor postpones the next sweep), and stops cleanly on shutdown.
import type { Clock } from '../../clock.ts';
import type { Logger } from '../../log.ts';
import type { SweepService } from './sweep.ts';

// setTimeout holds at most 2^31-1 ms (24.8 days): longer waits wake up early and look again.
const MAX_TIMER_MS = 2_147_483_647;

export interface SweepSchedule {
  /** Aborts a sweep in progress between two windows (the next run resumes it) and waits for it. */
  stop(): Promise<void>;
}

export function startSweepSchedule(deps: {
  sweep: SweepService;
  intervalMs: number;
  clock: Clock;
  log: Logger;
  /** When the newest sweep started, in any process. */
  lastSweepAt: () => Date | undefined;
}): SweepSchedule {
  if (deps.intervalMs <= 0) return { stop: async () => {} };
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  let wakeAt = 0;
  const schedule = (delayMs: number) => {
    if (controller.signal.aborted) return;
    wakeAt = deps.clock.now().getTime() + Math.max(0, delayMs);
    arm();
  };
  const arm = () => {
    timer = setTimeout(wake, Math.min(Math.max(0, wakeAt - deps.clock.now().getTime()), MAX_TIMER_MS));
    timer.unref();
  };
  const wake = () => (deps.clock.now().getTime() < wakeAt ? arm() : sweepNow());

  function sweepNow() {
    running = deps.sweep
      .run({ signal: controller.signal })
      .then(
        (outcome) => {
          // A throttling pause that ends before the next interval: come back for the rest then.
          const pausedFor =
            outcome.status === 'PAUSED' && outcome.pausedUntil ? outcome.pausedUntil.getTime() - deps.clock.now().getTime() : undefined;
          schedule(pausedFor !== undefined ? Math.min(pausedFor, deps.intervalMs) : deps.intervalMs);
        },
        (error: unknown) => {
          deps.log.error({ err: error }, 'scheduled sweep failed');
          schedule(deps.intervalMs);
        },
      )
      .finally(() => {
        running = undefined;
      });
  }

  const last = deps.lastSweepAt()?.getTime();
  schedule(last === undefined ? 0 : last + deps.intervalMs - deps.clock.now().getTime());
  return {
    async stop() {
      controller.abort();
      clearTimeout(timer);
      await running;
    },
  };
}
