import { and, count, desc, eq, getTableColumns, gt, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { events } from '../../db/schema.ts';
import { eventData } from './json-columns.ts';

export type EventRow = typeof events.$inferSelect;
export type HistoryCursor = { occurredAt: number; rowId: number };

/** Every event row read goes through here: its data, validated (see json-columns.ts). */
const eventFromRow = <Row extends EventRow>(row: Row): Row => ({ ...row, data: eventData.parse(row.data) });

// rowid is the insertion order: a live subscriber's cursor.
const sqlRowId = sql<number>`${events}.rowid`.mapWith(Number);

export function createEventRepository(db: Db) {
  // The first `limit` events after the cursor of every authorization asked for, in one statement: each
  // authorization is one range of events_authorization_idx (whose rows end with the rowid), numbered in order.
  // The unary + keeps SQLite off events_workspace_idx, which would read the whole workspace's history.
  const ranked = db
    .select({
      ...getTableColumns(events),
      rowId: sqlRowId.as('row_id'),
      rank: sql<number>`row_number() over (partition by ${events.authorizationId} order by ${events.occurredAt} desc, ${events}.rowid desc)`.as(
        'rank',
      ),
    })
    .from(events)
    .where(
      and(
        sql`+${events.workspaceId} = ${sql.placeholder('workspaceId')}`,
        sql`${events.authorizationId} in (select value from json_each(${sql.placeholder('authorizationIds')}))`,
        sql`(${sql.placeholder('afterAt')} is null or ${events.occurredAt} < ${sql.placeholder('afterAt')} or (${events.occurredAt} = ${sql.placeholder('afterAt')} and ${events}.rowid < ${sql.placeholder('afterRowId')}))`,
      ),
    )
    .as('ranked');
  const { rank: _rank, ...rankedColumns } = ranked._.selectedFields;
  const historyPagesStatement = db
    .select(rankedColumns)
    .from(ranked)
    .where(lte(ranked.rank, sql.placeholder('limit')))
    .orderBy(ranked.authorizationId, sql`rank`)
    .prepare();

  return {
    insert(row: typeof events.$inferInsert): EventRow {
      return eventFromRow(db.insert(events).values(row).returning().get());
    },
    find(id: string): EventRow | undefined {
      const row = db.select().from(events).where(eq(events.id, id)).get();
      return row && eventFromRow(row);
    },
    /** How many events each authorization's history holds, in one grouped statement; absent ids have none. */
    historyCounts(workspaceId: string, authorizationIds: readonly string[]): Map<string, number> {
      if (authorizationIds.length === 0) return new Map();
      const rows = db
        .select({ authorizationId: events.authorizationId, n: count() })
        .from(events)
        .where(and(eq(events.workspaceId, workspaceId), inArray(events.authorizationId, [...authorizationIds])))
        .groupBy(events.authorizationId)
        .all();
      return new Map(rows.map((row) => [row.authorizationId!, row.n]));
    },
    /**
     * An authorization's history, newest first, after an (occurredAt, rowId) cursor. rowid breaks ties
     * in insertion order: several events of one change share a millisecond.
     */
    historyPage(workspaceId: string, authorizationId: string, limit: number, after?: HistoryCursor): (EventRow & { rowId: number })[] {
      const scope = and(eq(events.workspaceId, workspaceId), eq(events.authorizationId, authorizationId));
      const where = after
        ? and(
            scope,
            or(
              lt(events.occurredAt, new Date(after.occurredAt)),
              and(eq(events.occurredAt, new Date(after.occurredAt)), lt(sqlRowId, after.rowId)),
            ),
          )
        : scope;
      return db
        .select({ rowId: sqlRowId, event: events })
        .from(events)
        .where(where)
        .orderBy(desc(events.occurredAt), desc(sqlRowId))
        .limit(limit)
        .all()
        .map(({ rowId, event }) => eventFromRow({ ...event, rowId }));
    },
    /** historyPage for many authorizations at once: ordered by authorization, then newest first. */
    historyPages(
      workspaceId: string,
      authorizationIds: readonly string[],
      limit: number,
      after?: HistoryCursor,
    ): (EventRow & { rowId: number })[] {
      if (authorizationIds.length === 0 || limit <= 0) return [];
      return historyPagesStatement
        .all({
          workspaceId,
          authorizationIds: JSON.stringify(authorizationIds),
          afterAt: after?.occurredAt ?? null,
          afterRowId: after?.rowId ?? null,
          limit,
        })
        .map(eventFromRow);
    },
    /** Oldest first: what a live subscriber has not seen yet, of the workspace or of one authorization. */
    since(workspaceId: string, afterRowId: number, limit = 100, authorizationId?: string): (EventRow & { rowId: number })[] {
      const scope =
        authorizationId === undefined
          ? eq(events.workspaceId, workspaceId)
          : and(eq(events.workspaceId, workspaceId), eq(events.authorizationId, authorizationId));
      return db
        .select({ rowId: sqlRowId, event: events })
        .from(events)
        .where(and(scope, gt(sqlRowId, afterRowId)))
        .orderBy(sqlRowId)
        .limit(limit)
        .all()
        .map(({ rowId, event }) => eventFromRow({ ...event, rowId }));
    },
    /** The workspace's newest event of one type, if any. */
    newestOfType(workspaceId: string, type: EventRow['type']): (EventRow & { rowId: number }) | undefined {
      const row = db
        .select({ rowId: sqlRowId, event: events })
        .from(events)
        .where(and(eq(events.workspaceId, workspaceId), eq(events.type, type)))
        .orderBy(desc(events.occurredAt), desc(sqlRowId))
        .limit(1)
        .get();
      return row && eventFromRow({ ...row.event, rowId: row.rowId });
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
