// Event-loop delay while some work runs: perf_hooks.monitorEventLoopDelay (the goal's measure), and
// beside it, on Linux, the same delay without the time this thread spent waiting for a CPU that other
// processes held (/proc's schedstat: on-CPU and run-queue nanoseconds of the thread). On a machine
// that other work keeps busy, the first figure is mostly that wait; the second is what the gateway's
// own long tasks and garbage collection cost the loop.
import { readFileSync } from 'node:fs';
import { createHistogram, monitorEventLoopDelay, type RecordableHistogram } from 'node:perf_hooks';

const RESOLUTION_MS = 10;
/** The main thread's schedstat: its thread id is the process id. */
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;

/** Milliseconds the main thread has waited on a run queue since it started, or undefined off Linux. */
function runQueueWaitMs(): number | undefined {
  try {
    return Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return undefined;
  }
}

export interface LoopDelay {
  p99Ms: number;
  maxMs: number;
  /** p99 of the delay less the run-queue wait of the same interval; undefined where /proc has no schedstat. */
  ownP99Ms: number | undefined;
}

/** Measures the event-loop delay until the returned function is called, which gives the figures. */
export function watchLoopDelay(): () => LoopDelay {
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delay.enable();
  const own: RecordableHistogram | undefined = runQueueWaitMs() === undefined ? undefined : createHistogram();
  let lastAt = performance.now();
  let lastWait = runQueueWaitMs() ?? 0;
  const probe = setInterval(() => {
    const now = performance.now();
    const wait = runQueueWaitMs() ?? 0;
    const lateMs = now - lastAt - RESOLUTION_MS - (wait - lastWait);
    own?.record(Math.max(1, Math.round(lateMs * 1e6)));
    lastAt = now;
    lastWait = wait;
  }, RESOLUTION_MS);
  return () => {
    clearInterval(probe);
    delay.disable();
    return { p99Ms: delay.percentile(99) / 1e6, maxMs: delay.max / 1e6, ownP99Ms: own && own.percentile(99) / 1e6 };
  };
}
