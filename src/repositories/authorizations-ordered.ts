// The authorizations list in any of the dashboard's orders, paged by keyset: each order has one sort
// key (an SQL expression) and the id breaks ties, so a cursor (key, id) resumes exactly after its row.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { authorizations } from '../../db/schema.ts';
import { HEALTH_SORT_ORDER, type AuthorizationOrderField, type OrderDirection } from '../domain/authorization-order.ts';
import { TOKEN_STATES, healthOf } from '../domain/token-state.ts';
import {
  authorizationFromRow,
  authorizationRecordColumns,
  filterSql,
  type AuthorizationFilter,
  type AuthorizationRecord,
} from './authorizations.ts';
import { limitText, statementCache } from './statement-cache.ts';
import { columnRows } from './table-rows.ts';

export interface AuthorizationOrder {
  field: AuthorizationOrderField;
  direction: OrderDirection;
  /** HEALTH sorts by health as Authorization.health decides it, which depends on this setting. */
  unknownAfterFailures: number;
}

/** A row's sort key as SQLite returns it, and its id. */
export interface OrderedCursor {
  key: string | number;
  id: string;
}

const NEVER = Number.MAX_SAFE_INTEGER;

/** The position of each row's health in HEALTH_SORT_ORDER. */
function healthRank(unknownAfterFailures: number): SQL {
  const byState = sql.join(
    TOKEN_STATES.map((state) => sql`when ${state} then ${HEALTH_SORT_ORDER.indexOf(healthOf(state))}`),
    sql` `,
  );
  const unknown = HEALTH_SORT_ORDER.indexOf('UNKNOWN');
  return sql`(case when ${authorizations.consecutiveCheckFailures} >= ${unknownAfterFailures} then ${unknown} else (case ${authorizations.state} ${byState} end) end)`;
}

function sortKey(order: AuthorizationOrder): SQL {
  switch (order.field) {
    case 'LABEL':
      return sql`(${authorizations.label} collate nocase)`;
    case 'HEALTH':
      return healthRank(order.unknownAfterFailures);
    case 'METHOD':
      return sql`${authorizations.method}`;
    case 'OWNER':
      // Who it belongs to: the Facebook user, else the client business, else the owner email; none first.
      return sql`(coalesce(${authorizations.facebookUserName}, 'Business ' || ${authorizations.clientBusinessId}, ${authorizations.ownerEmail}, '') collate nocase)`;
    case 'CREATED_AT':
      return sql`${authorizations.createdAt}`;
    case 'EXPIRES_AT':
      // Tokens that never expire come last in ascending order.
      return sql`coalesce(${authorizations.expiresAt}, ${NEVER})`;
  }
}

// A list shows no token: its rows are records, without the sealed token.
const recordRows = columnRows(authorizationRecordColumns);
const SORT_KEY = Object.keys(authorizationRecordColumns).length;

const isEmpty = (filter: AuthorizationFilter) => Object.values(filter).every((value) => value === undefined);

export function createOrderedAuthorizationRepository(db: Db) {
  /**
   * The query of a page; `where` and `after` may hold placeholders, so that the statement can be compiled once.
   * The limit is written into the statement's text, after the last ORDER BY term, rather than bound as
   * drizzle's `.limit()` binds it (statement-cache.ts): compiling the statement again every time that
   * parameter is bound cost more than reading a small page (bench/list-read.ts: 20 µs a page).
   */
  function pageQuery(where: SQL, order: AuthorizationOrder, after: { afterKey: unknown; afterId: unknown } | undefined, limit: number) {
    const key = sortKey(order);
    const direction = order.direction === 'ASC' ? sql`asc` : sql`desc`;
    const beyond = order.direction === 'ASC' ? sql`>` : sql`<`;
    const resume = after
      ? sql` and (${key} ${beyond} ${after.afterKey} or (${key} = ${after.afterKey} and ${authorizations.id} ${beyond} ${after.afterId}))`
      : sql``;
    return db
      .select({ ...authorizationRecordColumns, sortKey: sql<string | number>`${key}` })
      .from(authorizations)
      .where(sql`${where}${resume}`)
      .orderBy(sql`${key} ${direction}`, sql`${authorizations.id} ${direction} limit ${sql.raw(limitText(limit))}`);
  }

  // A dashboard opens the list unfiltered, in one of a few orders and page sizes: those statements are
  // compiled once each.
  const unfiltered = statementCache<ReturnType<typeof prepareUnfiltered>>();
  function prepareUnfiltered(order: AuthorizationOrder, resuming: boolean, limit: number) {
    const placeholders = { afterKey: sql.placeholder('afterKey'), afterId: sql.placeholder('afterId') };
    const where = sql`${authorizations.workspaceId} = ${sql.placeholder('workspaceId')}`;
    return pageQuery(where, order, resuming ? placeholders : undefined, limit).prepare();
  }

  return {
    /** Up to `limit` rows after `after` in `order`, each with the cursor that resumes after it. */
    page(
      workspaceId: string,
      filter: AuthorizationFilter,
      order: AuthorizationOrder,
      limit: number,
      after: OrderedCursor | undefined,
    ): { row: AuthorizationRecord; cursor: OrderedCursor }[] {
      let values: unknown[][];
      if (isEmpty(filter)) {
        const name = `${order.field} ${order.direction} ${order.unknownAfterFailures} ${after ? 'after' : 'first'} ${limit}`;
        const statement = unfiltered(name, () => prepareUnfiltered(order, after !== undefined, limit));
        values = statement.values({ workspaceId, afterKey: after?.key, afterId: after?.id });
      } else {
        const resume = after ? { afterKey: after.key, afterId: after.id } : undefined;
        values = pageQuery(filterSql(workspaceId, filter), order, resume, limit).values();
      }
      // Each row's values are the record's columns, then the sort key.
      const rows = recordRows(values);
      return rows.map((row, i) => ({
        row: authorizationFromRow(row),
        cursor: { key: values[i]![SORT_KEY] as string | number, id: row.id },
      }));
    },
  };
}

export type OrderedAuthorizationRepository = ReturnType<typeof createOrderedAuthorizationRepository>;
