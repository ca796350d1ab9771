import { and, desc, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { events } from '../../db/schema.ts';

export type EventRow = typeof events.$inferSelect;

// rowid is the insertion order: a live subscriber's cursor.
const sqlRowId = sql<number>`${events}.rowid`.mapWith(Number);

export function createEventRepository(db: Db) {
  return {
    insert(row: typeof events.$inferInsert): EventRow {
      return db.insert(events).values(row).returning().get();
    },
    find(id: string): EventRow | undefined {
      return db.select().from(events).where(eq(events.id, id)).get();
    },
    /** An authorization's history, newest first, after a (occurredAt, id) cursor. */
    historyPage(workspaceId: string, authorizationId: string, limit: number, after?: { occurredAt: number; id: string }): EventRow[] {
      const scope = and(eq(events.workspaceId, workspaceId), eq(events.authorizationId, authorizationId));
      const where = after
        ? and(scope, or(lt(events.occurredAt, new Date(after.occurredAt)), and(eq(events.occurredAt, new Date(after.occurredAt)), lt(events.id, after.id))))
        : scope;
      return db.select().from(events).where(where).orderBy(desc(events.occurredAt), desc(events.id)).limit(limit).all();
    },
    /** Oldest first: what a live subscriber has not seen yet. rowid order is insertion order. */
    since(workspaceId: string, afterRowId: number, limit = 100): (EventRow & { rowId: number })[] {
      return db
        .select({ rowId: sqlRowId, event: events })
        .from(events)
        .where(and(eq(events.workspaceId, workspaceId), gt(sqlRowId, afterRowId)))
        .orderBy(sqlRowId)
        .limit(limit)
        .all()
        .map(({ rowId, event }) => ({ ...event, rowId }));
    },
    lastRowId(): number {
      return db.select({ rowId: sqlRowId }).from(events).orderBy(desc(sqlRowId)).limit(1).get()?.rowId ?? 0;
    },
    deleteOlderThan(before: Date): number {
      return db.delete(events).where(lt(events.occurredAt, before)).run().changes;
    },
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;
