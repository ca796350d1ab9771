// What /metrics reports about the stored state, read fresh at each scrape: authorizations by state
// and health, the last sweep, and the outbox backlog. App-wide: the scraper is the operator.
import { TOKEN_STATES, healthOf, type Health } from '../../domain/token-state.ts';
import type { MetricsQueryRepository } from '../../repositories/metrics-queries.ts';
import type { AuthorizationHealth } from '../authorizations/authorization-health.ts';

export interface OperationalSnapshot {
  /** Every state with its usual health (0 when none), plus the UNKNOWN groups that exist. */
  authorizations: { state: string; health: Health; count: number }[];
  lastSweep: { startedAt: Date; finishedAt: Date; checked: number; changed: number; failed: number } | undefined;
  unfinishedSweeps: number;
  pendingDeliveries: { webhook: number; email: number };
}

export function createOperationalMetrics(deps: { queries: MetricsQueryRepository; health: AuthorizationHealth }) {
  const { queries, health } = deps;
  return {
    snapshot(): OperationalSnapshot {
      const groups = new Map<string, { state: string; health: Health; count: number }>();
      const add = (state: string, of: Health, count: number) => {
        const key = `${state}/${of}`;
        const group = groups.get(key) ?? { state, health: of, count: 0 };
        group.count += count;
        groups.set(key, group);
      };
      for (const state of TOKEN_STATES) add(state, healthOf(state), 0);
      for (const row of queries.authorizationCounts(health.unknownAfterFailures)) {
        const failures = row.failing ? health.unknownAfterFailures : 0;
        add(row.state, health.of({ state: row.state, consecutiveCheckFailures: failures }), row.count);
      }
      const sweep = queries.lastFinishedSweep();
      const pending = Object.fromEntries(queries.pendingDeliveries().map((row) => [row.channel, row.count]));
      return {
        authorizations: [...groups.values()],
        lastSweep: sweep?.finishedAt
          ? {
              startedAt: sweep.startedAt,
              finishedAt: sweep.finishedAt,
              checked: sweep.checked,
              changed: sweep.changed,
              failed: sweep.failed,
            }
          : undefined,
        unfinishedSweeps: queries.unfinishedSweeps(),
        pendingDeliveries: { webhook: pending.webhook ?? 0, email: pending.email ?? 0 },
      };
    },
  };
}

export type OperationalMetrics = ReturnType<typeof createOperationalMetrics>;
