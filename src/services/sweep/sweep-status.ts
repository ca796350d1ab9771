// What a dashboard shows of the scheduled sweep: whether it runs now and how far it got, how the last
// run ended (over every workspace, and in the asking one), and when the schedule starts the next one. Reads only.
import type { Clock } from '../../clock.ts';
import type { EventRepository } from '../../repositories/events.ts';
import type { LeaseRepository } from '../../repositories/leases.ts';
import type { SweepRunRepository, SweepRunRow } from '../../repositories/sweep-runs.ts';
import { historyEventOf, type EventDetailsOf } from '../history/event-details.ts';
import { SWEEP_LEASE } from './sweep.ts';

export interface SweepRunSummary {
  startedAt: Date;
  finishedAt: Date | null;
  checked: number;
  changed: number;
  failed: number;
  /** It ended before visiting every authorization (stopped, lease lost, or its process died); the next run resumes it. */
  stoppedEarly: boolean;
}

export interface SweepStatus {
  running: boolean;
  progress: { done: number; total: number } | null;
  lastRun: SweepRunSummary | null;
  nextRunAt: Date | null;
}

/** What one run did in one workspace, from its sweep.finished event (sweep-finished-events.ts). */
export interface SweepWorkspaceRun {
  finishedAt: Date;
  checked: number;
  changed: number;
  failed: number;
  stoppedEarly: boolean;
}

const summaryOf = (run: SweepRunRow): SweepRunSummary => ({
  startedAt: run.startedAt,
  finishedAt: run.finishedAt,
  checked: run.checked,
  changed: run.changed,
  failed: run.failed,
  stoppedEarly: run.status !== 'FINISHED',
});

export function createSweepStatus(deps: {
  runs: SweepRunRepository;
  leases: LeaseRepository;
  events: EventRepository;
  clock: Clock;
  intervalMs: number;
}) {
  const { runs, leases, clock, intervalMs } = deps;
  return {
    /** The newest run that visited the workspace, with what it did there; null when none has. */
    lastRunIn(workspaceId: string): SweepWorkspaceRun | null {
      const event = deps.events.newestOfType(workspaceId, 'sweep.finished');
      if (!event) return null;
      // Read as the history reads it, with the same schema for the stored counters.
      const { checked, changed, failed, stoppedEarly } = historyEventOf(event).details as EventDetailsOf<'sweep.finished'>;
      return { finishedAt: event.occurredAt, checked, changed, failed, stoppedEarly };
    },
    status(): SweepStatus {
      const now = clock.now();
      const [newest, previous] = runs.newest(null, 2);
      const lease = leases.find(SWEEP_LEASE);
      // A RUNNING row whose lease has lapsed belongs to a process that died: it is a run that stopped early.
      const running = newest?.status === 'RUNNING' && lease !== undefined && lease.expiresAt > now;
      const last = running ? previous : newest;
      const lastStart = runs.latestStartedAt();
      return {
        running,
        progress: running ? { done: newest.checked, total: newest.total } : null,
        lastRun: last ? summaryOf(last) : null,
        // The schedule counts from the newest run of any scope (sweep-schedule.ts).
        nextRunAt: intervalMs > 0 && lastStart ? new Date(lastStart.getTime() + intervalMs) : null,
      };
    },
  };
}

export type SweepStatusService = ReturnType<typeof createSweepStatus>;
