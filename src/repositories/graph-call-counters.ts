import { and, gte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { graphCallCounters } from '../../db/schema.ts';

export type GraphCallCounterRow = typeof graphCallCounters.$inferSelect;

export function createGraphCallCounterRepository(db: Db) {
  return {
    /** Adds calls and errors per day, one upsert each (the caller batches them in memory). */
    incrementMany(appId: string, days: readonly { day: string; calls: number; errors: number }[]): void {
      for (const { day, calls, errors } of days) {
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
      }
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
