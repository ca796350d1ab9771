import { Gauge, type Registry } from 'prom-client';
import type { OperationalSnapshot } from '../../services/metrics/operational-metrics.ts';

/** Gauges set from one snapshot of the database, taken at each scrape. */
export function operationalGauges(registry: Registry): (snapshot: OperationalSnapshot) => void {
  const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) =>
    new Gauge<L>({ name, help, labelNames, registers: [registry] });
  const authorizations = gauge('adsauth_authorizations', 'Authorizations in every workspace by token state and health', [
    'state',
    'health',
  ]);
  const sweepDuration = gauge(
    'adsauth_last_sweep_duration_seconds',
    'How long the last finished sweep over every workspace took, pauses included (0: none yet)',
  );
  const sweepFinished = gauge(
    'adsauth_last_sweep_finished_timestamp_seconds',
    'When the last sweep over every workspace finished, in Unix seconds (0: none yet)',
  );
  const sweepResult = gauge(
    'adsauth_last_sweep_authorizations',
    'Authorizations the last finished sweep checked, changed and failed to check',
    ['result'],
  );
  const unfinishedSweeps = gauge(
    'adsauth_sweeps_unfinished',
    'Sweep runs that started and have not finished (running, paused or cut short)',
  );
  const outbox = gauge('adsauth_outbox_pending_deliveries', 'Webhook and email deliveries waiting to be made or retried', ['channel']);

  return (snapshot) => {
    authorizations.reset();
    for (const group of snapshot.authorizations) authorizations.set({ state: group.state, health: group.health }, group.count);
    const sweep = snapshot.lastSweep;
    sweepDuration.set(sweep ? (sweep.finishedAt.getTime() - sweep.startedAt.getTime()) / 1000 : 0);
    sweepFinished.set(sweep ? sweep.finishedAt.getTime() / 1000 : 0);
    for (const result of ['checked', 'changed', 'failed'] as const) sweepResult.set({ result }, sweep?.[result] ?? 0);
    unfinishedSweeps.set(snapshot.unfinishedSweeps);
    outbox.set({ channel: 'webhook' }, snapshot.pendingDeliveries.webhook);
    outbox.set({ channel: 'email' }, snapshot.pendingDeliveries.email);
  };
}
