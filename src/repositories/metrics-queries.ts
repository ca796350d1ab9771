import { and, count, desc, eq, gte, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { authorizations, deliveries, sweepRuns } from '../../db/schema.ts';
import type { TokenState } from '../domain/token-state.ts';
import type { SweepRunRow } from './sweep-runs.ts';

/** Read-only counts across every workspace, for /metrics. */
export function createMetricsQueryRepository(db: Db) {
  return {
    /** Authorizations by state, split by whether `unknownAfterFailures` or more checks in a row failed. */
    authorizationCounts(unknownAfterFailures: number): { state: TokenState; failing: boolean; count: number }[] {
      const failing = gte(authorizations.consecutiveCheckFailures, unknownAfterFailures);
      return db
        .select({ state: authorizations.state, failing, n: count() })
        .from(authorizations)
        .groupBy(authorizations.state, failing)
        .all()
        .map((row) => ({ state: row.state, failing: Boolean(row.failing), count: row.n }));
    },
    /** The newest finished sweep over every workspace (the scheduled one). */
    lastFinishedSweep(): SweepRunRow | undefined {
      return db
        .select()
        .from(sweepRuns)
        .where(and(isNull(sweepRuns.workspaceId), eq(sweepRuns.status, 'FINISHED')))
        .orderBy(desc(sweepRuns.finishedAt))
        .limit(1)
        .get();
    },
    /** Sweep runs of any scope that started and have not finished: running, paused or cut short. */
    unfinishedSweeps(): number {
      return db.select({ n: count() }).from(sweepRuns).where(eq(sweepRuns.status, 'RUNNING')).get()?.n ?? 0;
    },
    /** Deliveries still to be made (or retried), by channel. */
    pendingDeliveries(): { channel: 'webhook' | 'email'; count: number }[] {
      return db
        .select({ channel: deliveries.channel, count: count() })
        .from(deliveries)
        .where(eq(deliveries.status, 'PENDING'))
        .groupBy(deliveries.channel)
        .all();
    },
  };
}

export type MetricsQueryRepository = ReturnType<typeof createMetricsQueryRepository>;
