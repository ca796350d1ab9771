import type { Clock } from '../../clock.ts';
import type { EventRepository, HistoryCursor } from '../../repositories/events.ts';

export type { HistoryCursor };
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

    /** page() for many authorizations with the same arguments, in one statement. */
    pages(workspaceId: string, authorizationIds: readonly string[], args: { first: number; after?: HistoryCursor | undefined }) {
      const first = Math.min(args.first, MAX_HISTORY_PAGE);
      const rows = deps.events.historyPages(workspaceId, authorizationIds, first + 1, args.after);
      const pages = new Map<string, HistoryPage>(authorizationIds.map((id) => [id, { events: [], hasNextPage: false }]));
      for (const row of rows) {
        const page = row.authorizationId === null ? undefined : pages.get(row.authorizationId);
        if (!page) continue;
        if (page.events.length < first) page.events.push(historyEventOf(row));
        else page.hasNextPage = true;
      }
      return pages;
    },

    /** How many events each authorization's history holds (0 for none), in one statement. */
    counts(workspaceId: string, authorizationIds: readonly string[]): number[] {
      const counts = deps.events.historyCounts(workspaceId, authorizationIds);
      return authorizationIds.map((id) => counts.get(id) ?? 0);
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
