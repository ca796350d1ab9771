// One pass over every authorization (or one workspace's): only one at a time across processes (a
// lease), resumable after a crash, and paused while Graph throttles. Windows of rows, in id order, are
// checked, renewed and resynced; then expiry warnings go out. The run keeps a keyset cursor (the last id
// whose window is done) and its own counters in sweep_runs, so each window costs the same at any size.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../clock.ts';
import type { Logger } from '../../log.ts';
import type { SweepRunRepository, SweepRunRow, SweepScope } from '../../repositories/sweep-runs.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import type { ExpiryWarnings } from './expiry-warnings.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import { createWorkspaceTally } from './sweep-finished-events.ts';
import type { LeaseService } from '../kernel/lease.ts';
import type { ThrottleGuard } from '../kernel/throttle-guard.ts';
import { createSweepCursor } from './sweep-cursor.ts';
import { addCounts, CHECK_BATCH_SIZE, emptyCounts, type SweepWindow, type WindowCounts } from './sweep-window.ts';

export const SWEEP_LEASE = 'sweep';

export interface SweepSettings {
  /** Batch requests (and ad-account reads) in flight at once. */
  concurrency: number;
  /** The lease lasts this long unless renewed; a crashed sweep blocks the next one at most this long. */
  leaseTtlMs: number;
  /** A throttling pause that ends within this is waited out; a longer one ends the run early (PAUSED). */
  maxPauseWaitMs: number;
  /** An unfinished run younger than this is resumed; an older one is closed and a new run starts. */
  resumeWithinMs: number;
}

export const DEFAULT_SWEEP_SETTINGS: SweepSettings = {
  concurrency: 4,
  leaseTtlMs: 60_000,
  maxPauseWaitMs: 10 * 60_000,
  resumeWithinMs: 12 * 3_600_000,
};

export interface SweepProgress {
  done: number;
  total: number;
}

export type SweepOutcome =
  | { status: 'BUSY'; heldUntil: Date | undefined }
  | (WindowCounts & {
      /** FINISHED: every authorization visited. PAUSED / STOPPED / LEASE_LOST: the next run resumes. */
      status: 'FINISHED' | 'PAUSED' | 'STOPPED' | 'LEASE_LOST';
      runId: string;
      resumed: boolean;
      /** Authorizations this run (with its earlier attempts) has visited, out of `total` (counted when the run started). */
      visited: number;
      total: number;
      pausedUntil: Date | undefined;
      warningsSent: number;
      eventsPruned: number;
    });

export function createSweepService(deps: {
  clock: Clock;
  log: Logger;
  leases: LeaseService;
  runs: SweepRunRepository;
  transaction: RunInTransaction;
  guard: ThrottleGuard;
  window: SweepWindow;
  warnings: ExpiryWarnings;
  recorder: Pick<EventRecorder, 'record'>;
  pruneHistory: () => number;
  /** Reads the app's own readiness (App Review, business verification) again; never throws. */
  refreshApp: () => Promise<void>;
  /** Writes the Graph call counters kept in memory (at the end of every run). */
  flushGraphCalls: () => void;
  /** Waits out a throttling pause; tests move their clock instead. */
  wait: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
  settings: SweepSettings;
}) {
  const { runs, settings } = deps;
  const cursors = createSweepCursor({ runs, transaction: deps.transaction });

  function openRun(scope: SweepScope): { run: SweepRunRow; resumed: boolean } {
    const now = deps.clock.now();
    const unfinished = runs.findUnfinished(scope);
    if (unfinished && now.getTime() - unfinished.startedAt.getTime() <= settings.resumeWithinMs) return { run: unfinished, resumed: true };
    if (unfinished) runs.finish(unfinished.id, now);
    return { run: runs.insert({ id: randomUUID(), workspaceId: scope, startedAt: now, total: runs.countInScope(scope) }), resumed: false };
  }

  return {
    async run(
      options: { workspaceId?: string | null; onProgress?: (progress: SweepProgress) => void; signal?: AbortSignal } = {},
    ): Promise<SweepOutcome> {
      const scope = options.workspaceId ?? null;
      const attempt = deps.leases.acquire(SWEEP_LEASE, settings.leaseTtlMs);
      if (!attempt.acquired) return { status: 'BUSY', heldUntil: attempt.heldUntil };
      const { lease } = attempt;
      try {
        const { run, resumed } = openRun(scope);
        const log = deps.log.child({ sweepRunId: run.id });
        log.info({ workspaceId: scope, resumed }, resumed ? 'sweep resumed' : 'sweep started');
        const eventsPruned = deps.pruneHistory();
        const total = run.total;
        let cursor = run.cursor;
        let visited = run.checked;
        const counts = emptyCounts();
        const tally = createWorkspaceTally();
        let status: 'FINISHED' | 'PAUSED' | 'STOPPED' | 'LEASE_LOST' = 'FINISHED';
        let pausedUntil: Date | undefined;
        for (;;) {
          options.onProgress?.({ done: visited, total: Math.max(total, visited) });
          if (options.signal?.aborted) status = 'STOPPED';
          else if (!lease.renew()) status = 'LEASE_LOST';
          else if ((pausedUntil = deps.guard.appPausedUntil())) {
            const waitMs = pausedUntil.getTime() - deps.clock.now().getTime();
            if (waitMs > settings.maxPauseWaitMs) status = 'PAUSED';
            else {
              log.info({ pausedUntil }, 'sweep waits out a throttling pause');
              await deps.wait(waitMs, options.signal);
              continue;
            }
          }
          if (status !== 'FINISHED') break;
          const rows = await cursors.next(cursor, scope, CHECK_BATCH_SIZE * settings.concurrency);
          if (rows.length === 0) break;
          const windowOutcome = await deps.window(rows);
          addCounts(counts, windowOutcome.counts);
          tally.add(rows, windowOutcome);
          await cursors.complete(run.id, rows, windowOutcome);
          cursor = rows[rows.length - 1]!.id;
          visited += rows.length;
        }
        // Warnings need no Graph call, so a paused or stopped run sends them too (each goes out once).
        const warningsSent = status === 'LEASE_LOST' ? 0 : deps.warnings.send(scope);
        if (status === 'FINISHED') runs.finish(run.id, deps.clock.now());
        deps.transaction(() => tally.events(status !== 'FINISHED').forEach((event) => deps.recorder.record(event)));
        if (status === 'FINISHED') await deps.refreshApp();
        const outcome = {
          status,
          runId: run.id,
          resumed,
          visited,
          total: Math.max(total, visited),
          pausedUntil,
          warningsSent,
          eventsPruned,
          ...counts,
        };
        log.info({ sweep: { ...outcome, runId: undefined } }, `sweep ${status.toLowerCase()}`);
        return outcome;
      } finally {
        deps.flushGraphCalls();
        lease.release();
      }
    },
  };
}

export type SweepService = ReturnType<typeof createSweepService>;
