import type { Clock } from '../../clock.ts';
import type { GraphCallListener } from '../../graph/graph-api.ts';
import type { Logger } from '../../log.ts';
import type { AccountListRepository } from '../../repositories/account-list.ts';
import type { AppObservationRepository } from '../../repositories/app-observations.ts';
import type { GraphCallCounterRepository } from '../../repositories/graph-call-counters.ts';

/** How often the counters kept in memory are written; they are also written on every read and at stop. */
export const GRAPH_CALL_FLUSH_MS = 5_000;

export interface GraphCallRecorder extends GraphCallListener {
  /** Writes the counts kept in memory (one upsert per day) and forgets them. */
  flush(): void;
  /** Stops the flush timer after a last flush. */
  stop(): void;
}

/**
 * Told about every Graph response: counts each call per UTC day as a success or an error (the
 * upgrade criteria read these), marks lastCalledAt on the account list for calls against an ad
 * account it holds, and keeps the ads_api_access_tier the usage headers report, with its time.
 * The counts are added up in memory and written every few seconds: one upsert per call was a large
 * part of a sweep's cost.
 */
export function createGraphCallRecorder(deps: {
  counters: GraphCallCounterRepository;
  accountList: AccountListRepository;
  observations: AppObservationRepository;
  clock: Clock;
  appId: string;
  log: Logger;
  /** false: no timer (the counts are written on read and at stop only). */
  flushEveryMs?: number | false;
}): GraphCallRecorder {
  let pending = new Map<string, { calls: number; errors: number }>();
  let timer: NodeJS.Timeout | undefined;

  function flush(): void {
    if (pending.size === 0) return;
    const counts = pending;
    pending = new Map();
    try {
      deps.counters.incrementMany(
        deps.appId,
        [...counts].map(([day, c]) => ({ day, ...c })),
      );
    } catch (error) {
      // The database may be closed already (a timer that fired at shutdown); the counts are lost, not the process.
      deps.log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'graph call counters could not be written');
    }
  }

  function count(day: string, ok: boolean): void {
    const entry = pending.get(day) ?? { calls: 0, errors: 0 };
    entry.calls += 1;
    if (!ok) entry.errors += 1;
    pending.set(day, entry);
    const every = deps.flushEveryMs ?? GRAPH_CALL_FLUSH_MS;
    if (timer === undefined && every !== false) {
      timer = setTimeout(() => {
        timer = undefined;
        flush();
      }, every);
      timer.unref();
    }
  }

  return {
    onCall(outcome) {
      const now = deps.clock.now();
      count(now.toISOString().slice(0, 10), outcome.ok);
      // Only accounts already on the list: admission is the account-list service's decision, not ours.
      if (outcome.adAccountId) deps.accountList.touch(outcome.adAccountId, now);
      deps.log.debug({ graphCall: outcome }, 'graph call');
    },
    onUsage(usage) {
      if (usage.adsApiAccessTier) deps.observations.recordAccessTier(deps.appId, usage.adsApiAccessTier, deps.clock.now());
    },
    flush,
    stop() {
      clearTimeout(timer);
      timer = undefined;
      flush();
    },
  };
}
