import type { Clock } from '../../clock.ts';
import { errorRate, type CallTotals } from '../../domain/upgrade-criteria.ts';
import type { GraphCallCounterRepository } from '../../repositories/graph-call-counters.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ApiUsageDay extends CallTotals {
  /** UTC day, YYYY-MM-DD */
  day: string;
}

export interface ApiUsage extends CallTotals {
  windowDays: number;
  /** errors / calls, 0 when there were no calls */
  errorRate: number;
  /** every day of the window, oldest first, days without calls as zeros */
  days: ApiUsageDay[];
}

/** The app's Graph calls and errors per UTC day, from the counters the Graph call recorder keeps. */
export function createApiUsageService(deps: {
  counters: GraphCallCounterRepository;
  /** The recorder keeps counts in memory for a few seconds: written first, so a read sees every call. */
  flushGraphCalls: () => void;
  clock: Clock;
  appId: string;
  windowDays?: number;
}) {
  const windowDays = deps.windowDays ?? 30;
  return {
    /** The last `windowDays` UTC days, today included. */
    lastWindow(): ApiUsage {
      deps.flushGraphCalls();
      const today = Date.parse(deps.clock.now().toISOString().slice(0, 10));
      const dayNames = Array.from({ length: windowDays }, (_, i) =>
        new Date(today - (windowDays - 1 - i) * DAY_MS).toISOString().slice(0, 10),
      );
      const rows = new Map(deps.counters.since(deps.appId, dayNames[0]!).map((row) => [row.day, row]));
      const days = dayNames.map((day) => ({ day, calls: rows.get(day)?.calls ?? 0, errors: rows.get(day)?.errors ?? 0 }));
      const totals = days.reduce((sum, d) => ({ calls: sum.calls + d.calls, errors: sum.errors + d.errors }), { calls: 0, errors: 0 });
      return { ...totals, windowDays, errorRate: errorRate(totals), days };
    },
  };
}

export type ApiUsageService = ReturnType<typeof createApiUsageService>;
