import { formatDateTime } from '../../components/labels';
import type { SweepStatus } from './use-health-summary';

/**
 * When the scheduled health sweep last finished and runs next; refreshed with the counts on every event.
 * The sweep's own counts cover every workspace of the gateway, so this page does not show them.
 */
export function SweepLine({ sweep }: { sweep: SweepStatus | undefined }) {
  if (!sweep) return null;
  const last = sweep.lastRun;
  const parts = [
    sweep.running && 'A health sweep is checking the tokens now.',
    last?.finishedAt && `Last health sweep ${last.stoppedEarly ? 'stopped early' : 'finished'} ${formatDateTime(last.finishedAt)}.`,
    !last && !sweep.running && 'No health sweep has run yet.',
    sweep.nextRunAt && !sweep.running && `Next ${formatDateTime(sweep.nextRunAt)}.`,
  ].filter(Boolean);
  return (
    <p className="sweep-line muted small" data-testid="sweep-line">
      {parts.join(' ')}
    </p>
  );
}
