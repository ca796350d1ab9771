import { and, gte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { graphCallCounters } from '../../db/schema.ts';

export type GraphCallCounterRow = typeof graphCallCounters.$inferSelect;

export function createGraphCallCounterRepository(db: Db) {
  return {
    increment(day: string, appId: string, outcome: { ok: boolean }): void {
      const calls = 1;
      const errors = outcome.ok ? 0 : 1;
      db.insert(graphCallCounters)
        .values({ day, appId, calls, errors })
        .onConflictDoUpdate({
          target: [graphCallCounters.day, graphCallCounters.appId],
          set: {
            calls: sql`${graphCallCounters.calls} + ${calls}`,
            errors: sql`${graphCallCounters.errors} + ${errors}`,
          },
        })
        .run();
    },
    /** Days on or after `fromDay` (YYYY-MM-DD), oldest first. */
    since(appId: string, fromDay: string): GraphCallCounterRow[] {
      return db
        .select()
        .from(graphCallCounters)
        .where(and(sql`${graphCallCounters.appId} = ${appId}`, gte(graphCallCounters.day, fromDay)))
        .orderBy(graphCallCounters.day)
        .all();
    },
  };
}

export type GraphCallCounterRepository = ReturnType<typeof createGraphCallCounterRepository>;
