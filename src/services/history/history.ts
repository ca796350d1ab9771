import type { Clock } from '../../clock.ts';
import type { EventRepository, HistoryCursor } from '../../repositories/events.ts';
import { historyEventOf, type HistoryEvent } from './event-details.ts';

export const MAX_HISTORY_PAGE = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface HistoryPage {
  events: HistoryEvent[];
  hasNextPage: boolean;
}

/** An authorization's history (newest first) and its retention (ADSAUTH_HISTORY_DAYS). */
export function createHistoryService(deps: { events: EventRepository; clock: Clock; retentionDays: number }) {
  const cutoff = () => new Date(deps.clock.now().getTime() - deps.retentionDays * DAY_MS);
  return {
    page(workspaceId: string, authorizationId: string, args: { first: number; after?: HistoryCursor }): HistoryPage {
      const first = Math.min(args.first, MAX_HISTORY_PAGE);
      // One more than asked tells whether there is a next page.
      const rows = deps.events.historyPage(workspaceId, authorizationId, first + 1, args.after);
      return { events: rows.slice(0, first).map(historyEventOf), hasNextPage: rows.length > first };
    },

    /** The moment before which events are pruned: now minus the retention. */
    cutoff,

    /** Deletes every workspace's events older than `before` (default: the retention cutoff); the sweep calls it. */
    prune(before: Date = cutoff()): number {
      return deps.events.deleteOlderThan(before);
    },
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
