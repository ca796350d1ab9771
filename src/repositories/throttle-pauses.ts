import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adAccounts, throttlePauses } from '../../db/schema.ts';

export type ThrottlePauseRow = typeof throttlePauses.$inferSelect;

/** Throttling pauses: "app", or a bare ad-account id. Shared by every process on the database. */
export function createThrottlePauseRepository(db: Db) {
  return {
    /** Sets the pause, or lengthens the one there; a shorter pause never shortens a longer one. */
    extend(scope: string, until: Date, reason: string): void {
      db.insert(throttlePauses)
        .values({ scope, until, reason })
        .onConflictDoUpdate({
          target: throttlePauses.scope,
          set: { until, reason },
          setWhere: sql`${throttlePauses.until} < ${until.getTime()}`,
        })
        .run();
    },
    /** The pauses still running at `now`. */
    active(now: Date): ThrottlePauseRow[] {
      return db.select().from(throttlePauses).where(gt(throttlePauses.until, now)).all();
    },
    /** Which of these authorizations reach an ad account that is paused at `now`. */
    authorizationsWithPausedAccounts(authorizationIds: readonly string[], now: Date): Set<string> {
      if (authorizationIds.length === 0) return new Set();
      const rows = db
        .selectDistinct({ id: adAccounts.authorizationId })
        .from(adAccounts)
        .innerJoin(throttlePauses, eq(throttlePauses.scope, adAccounts.accountId))
        .where(and(inArray(adAccounts.authorizationId, [...authorizationIds]), gt(throttlePauses.until, now)))
        .all();
      return new Set(rows.map((row) => row.id));
    },
  };
}

export type ThrottlePauseRepository = ReturnType<typeof createThrottlePauseRepository>;
