// Delivers the outbox: every PENDING delivery whose time has come, a few at a time, each attempt
// with a timeout; failures are retried with backoff until 24 h after the event. The rows are the
// truth, so a worker started on the same database later picks up whatever is still pending.
import { createDeliveryAttempt } from './delivery-attempt.ts';
import { DEFAULT_WORKER_SETTINGS, type DeliveryWorkerDeps } from './delivery-settings.ts';
import { realTimers } from './webhook-sender.ts';

export function createDeliveryWorker(deps: DeliveryWorkerDeps) {
  const settings = { ...DEFAULT_WORKER_SETTINGS, ...deps.settings };
  const timers = deps.timers ?? realTimers;
  const log = deps.log.child({ component: 'delivery-worker' });
  const attempt = createDeliveryAttempt({ ...deps, settings, timers, random: deps.random ?? Math.random, log });
  let chain: Promise<unknown> = Promise.resolve();
  let started = false;
  let stopping = false;
  let passQueued = false;
  let timer: unknown;
  let unsubscribe: (() => void) | undefined;

  // One pass at a time per worker; several workers on one database are kept apart by claim().
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = chain.then(work);
    chain = run.catch(() => {});
    return run;
  }

  async function runPass(): Promise<number> {
    let attempted = 0;
    // Bounded so a pass ends; whatever is left is due at once and the next pass takes it.
    for (let batch = 0; batch < 25 && !stopping; batch++) {
      const queue = deps.deliveries.due(deps.clock.now(), settings.concurrency * 4);
      if (queue.length === 0) break;
      const lanes = Array.from({ length: Math.min(settings.concurrency, queue.length) }, async () => {
        for (let row = queue.shift(); row && !stopping; row = queue.shift()) if (await attempt(row)) attempted++;
      });
      await Promise.all(lanes);
    }
    return attempted;
  }

  function scheduleNext(): void {
    const due = deps.deliveries.nextDueAt();
    const wait = due ? Math.min(settings.pollIntervalMs, Math.max(0, due.getTime() - deps.clock.now().getTime())) : settings.pollIntervalMs;
    timer = timers.setTimeout(() => void wake(), wait);
  }

  async function wake(): Promise<void> {
    if (!started || stopping || passQueued) return;
    passQueued = true;
    timers.clearTimeout(timer);
    await exclusive(async () => {
      passQueued = false;
      await runPass();
    }).catch((error: unknown) => log.error({ err: error }, 'delivery pass failed'));
    if (started && !stopping && !passQueued) scheduleNext();
  }

  return {
    /** Delivers everything due now (tests call this after moving the clock); resolves with the attempt count. */
    runOnce: (): Promise<number> => exclusive(runPass),

    /** Runs in the background: after every recorded event, when the next row is due, and every poll interval. */
    start(): void {
      if (started) return;
      started = true;
      stopping = false;
      unsubscribe = deps.onRecorded(() => void wake());
      void wake();
    },

    /** Takes no new rows; resolves when the attempts in flight have finished and been recorded. */
    async stop(): Promise<void> {
      stopping = true;
      started = false;
      unsubscribe?.();
      timers.clearTimeout(timer);
      await chain;
      stopping = false;
    },
  };
}

export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;
