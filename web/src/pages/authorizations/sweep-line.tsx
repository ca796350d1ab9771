import { formatDateTime } from '../../components/labels';
import type { SweepStatus } from './use-health-summary';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What the scheduled health sweep did last and does next; refreshed with the counts on every event. */
export function SweepLine({ sweep }: { sweep: SweepStatus | undefined }) {
  if (!sweep) return null;
  const last = sweep.lastRun;
  const parts = [
    sweep.running && sweep.progress
      ? `Health sweep running: ${sweep.progress.done} of ${sweep.progress.total} checked.`
      : sweep.running
        ? 'Health sweep running.'
        : undefined,
    last?.finishedAt &&
      `Last sweep ${last.stoppedEarly ? 'stopped early' : 'finished'} ${formatDateTime(last.finishedAt)}: ${plural(last.checked, 'token')} checked, ${last.changed} changed, ${last.failed} failed.`,
    !last && !sweep.running && 'No health sweep has run yet.',
    sweep.nextRunAt && !sweep.running && `Next ${formatDateTime(sweep.nextRunAt)}.`,
  ].filter(Boolean);
  return (
    <p className="sweep-line muted small" data-testid="sweep-line">
      {parts.join(' ')}
    </p>
  );
}
