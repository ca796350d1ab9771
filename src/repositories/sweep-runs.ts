import { and, asc, count, desc, eq, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { authorizations, sweepRuns } from '../../db/schema.ts';
import { authorizationFromRow, type AuthorizationRow } from './authorizations.ts';

export type SweepRunRow = typeof sweepRuns.$inferSelect;

/** null: every workspace. */
export type SweepScope = string | null;

const inScope = (workspaceId: SweepScope): SQL | undefined =>
  workspaceId === null ? undefined : eq(authorizations.workspaceId, workspaceId);

/** Sweep runs, and the authorizations a run has still to visit: those after its keyset cursor, in id order. */
export function createSweepRunRepository(db: Db) {
  return {
    insert(row: { id: string; workspaceId: SweepScope; startedAt: Date; total: number }): SweepRunRow {
      return db
        .insert(sweepRuns)
        .values({ ...row, status: 'RUNNING' })
        .returning()
        .get();
    },
    /** The newest run of this scope that never finished (its process died or stopped early). */
    findUnfinished(workspaceId: SweepScope): SweepRunRow | undefined {
      const scope = workspaceId === null ? isNull(sweepRuns.workspaceId) : eq(sweepRuns.workspaceId, workspaceId);
      return db
        .select()
        .from(sweepRuns)
        .where(and(scope, eq(sweepRuns.status, 'RUNNING')))
        .orderBy(desc(sweepRuns.startedAt))
        .limit(1)
        .get();
    },
    /** The newest `limit` runs of this scope, newest first, finished or not. */
    newest(workspaceId: SweepScope, limit: number): SweepRunRow[] {
      const scope = workspaceId === null ? isNull(sweepRuns.workspaceId) : eq(sweepRuns.workspaceId, workspaceId);
      return db.select().from(sweepRuns).where(scope).orderBy(desc(sweepRuns.startedAt)).limit(limit).all();
    },
    /** When the newest run of any scope started, finished or not. */
    latestStartedAt(): Date | undefined {
      return db.select({ at: sweepRuns.startedAt }).from(sweepRuns).orderBy(desc(sweepRuns.startedAt)).limit(1).get()?.at;
    },
    /**
     * Rows whose window finished every stage (the whole window, or a slice of it in id order): their
     * counts are added, the cursor moves past the last of them and they carry the run's mark, in one
     * statement each inside the caller's transaction.
     */
    completeWindow(id: string, window: { lastId: string; ids: readonly string[]; checked: number; changed: number; failed: number }): void {
      db.update(sweepRuns)
        .set({
          checked: sql`${sweepRuns.checked} + ${window.checked}`,
          changed: sql`${sweepRuns.changed} + ${window.changed}`,
          failed: sql`${sweepRuns.failed} + ${window.failed}`,
          cursor: window.lastId,
        })
        .where(eq(sweepRuns.id, id))
        .run();
      if (window.ids.length > 0)
        db.update(authorizations)
          .set({ lastSweptRunId: id })
          .where(inArray(authorizations.id, [...window.ids]))
          .run();
    },
    finish(id: string, finishedAt: Date): SweepRunRow | undefined {
      return db.update(sweepRuns).set({ status: 'FINISHED', finishedAt }).where(eq(sweepRuns.id, id)).returning().get();
    },
    /** The next `limit` authorizations of the scope after `cursor` (null: from the start), in id order: one index range read. */
    after(cursor: string | null, workspaceId: SweepScope, limit: number): AuthorizationRow[] {
      return db
        .select()
        .from(authorizations)
        .where(and(cursor === null ? undefined : gt(authorizations.id, cursor), inScope(workspaceId)))
        .orderBy(asc(authorizations.id))
        .limit(limit)
        .all()
        .map(authorizationFromRow);
    },
    find(id: string): SweepRunRow | undefined {
      return db.select().from(sweepRuns).where(eq(sweepRuns.id, id)).get();
    },
    countInScope(workspaceId: SweepScope): number {
      return db.select({ n: count() }).from(authorizations).where(inScope(workspaceId)).get()?.n ?? 0;
    },
  };
}

export type SweepRunRepository = ReturnType<typeof createSweepRunRepository>;
