import { formatDateTime } from '../../components/labels';
import type { SweepStatus } from './use-health-summary';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * When the scheduled health sweep last finished and runs next, with what it did in this workspace;
 * refreshed with the counts on every event (a sweep's end is one, in each workspace it visited).
 */
export function SweepLine({ sweep }: { sweep: SweepStatus | undefined }) {
  if (!sweep) return null;
  const last = sweep.lastRun;
  const here = sweep.lastRunInWorkspace;
  // The workspace's own counts when the newest run visited it (its end event came after that run started).
  const counts =
    here && last?.finishedAt && new Date(here.finishedAt) >= new Date(last.startedAt)
      ? `: ${plural(here.checked, 'token')} checked, ${here.changed} changed, ${here.failed} failed`
      : '';
  const parts = [
    sweep.running && 'A health sweep is checking the tokens now.',
    last?.finishedAt &&
      `Last health sweep ${last.stoppedEarly ? 'stopped early' : 'finished'} ${formatDateTime(last.finishedAt)}${counts}.`,
    !last && !sweep.running && 'No health sweep has run yet.',
    sweep.nextRunAt && !sweep.running && `Next ${formatDateTime(sweep.nextRunAt)}.`,
  ].filter(Boolean);
  return (
    <p className="sweep-line muted small" data-testid="sweep-line">
      {parts.join(' ')}
    </p>
  );
}
