import { and, asc, count, desc, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { authorizations, sweepRuns } from '../../db/schema.ts';
import { authorizationFromRow, type AuthorizationRow } from './authorizations.ts';

export type SweepRunRow = typeof sweepRuns.$inferSelect;

/** null: every workspace. */
export type SweepScope = string | null;

const inScope = (workspaceId: SweepScope): SQL | undefined =>
  workspaceId === null ? undefined : eq(authorizations.workspaceId, workspaceId);

/** Sweep runs, and the authorizations a run has not visited yet (authorizations.last_swept_run_id). */
export function createSweepRunRepository(db: Db) {
  return {
    insert(row: { id: string; workspaceId: SweepScope; startedAt: Date }): SweepRunRow {
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
    /** When the newest run of any scope started, finished or not. */
    latestStartedAt(): Date | undefined {
      return db.select({ at: sweepRuns.startedAt }).from(sweepRuns).orderBy(desc(sweepRuns.startedAt)).limit(1).get()?.at;
    },
    addCounts(id: string, add: { changed: number; failed: number }): void {
      db.update(sweepRuns)
        .set({ changed: sql`${sweepRuns.changed} + ${add.changed}`, failed: sql`${sweepRuns.failed} + ${add.failed}` })
        .where(eq(sweepRuns.id, id))
        .run();
    },
    finish(id: string, checked: number, finishedAt: Date): SweepRunRow | undefined {
      return db.update(sweepRuns).set({ status: 'FINISHED', checked, finishedAt }).where(eq(sweepRuns.id, id)).returning().get();
    },
    /** Authorizations of the scope this run has not checked yet, in a stable order. */
    notVisited(runId: string, workspaceId: SweepScope, limit: number): AuthorizationRow[] {
      const pending = or(isNull(authorizations.lastSweptRunId), ne(authorizations.lastSweptRunId, runId));
      return db
        .select()
        .from(authorizations)
        .where(and(pending, inScope(workspaceId)))
        .orderBy(asc(authorizations.id))
        .limit(limit)
        .all()
        .map(authorizationFromRow);
    },
    countVisited(runId: string, workspaceId: SweepScope): number {
      return (
        db
          .select({ n: count() })
          .from(authorizations)
          .where(and(eq(authorizations.lastSweptRunId, runId), inScope(workspaceId)))
          .get()?.n ?? 0
      );
    },
    countInScope(workspaceId: SweepScope): number {
      return db.select({ n: count() }).from(authorizations).where(inScope(workspaceId)).get()?.n ?? 0;
    },
  };
}

export type SweepRunRepository = ReturnType<typeof createSweepRunRepository>;
