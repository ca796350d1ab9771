// The hot read of Authorization.adAccounts: the first accounts of many authorizations in one
// statement. A page of 50 authorizations × 10 accounts is 500 rows, and every value better-sqlite3
// hands over one by one, and every decoder drizzle runs, is paid 500 times (npm run bench:api).
import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import type { adAccounts, StoredPixel } from '../../db/schema.ts';
import { readableItems, readStringList } from './json-columns.ts';
import { limitText, statementCache } from './statement-cache.ts';

/** The ad_accounts row, as ad-accounts.ts reads it too (taken from the table, so the two files do not import each other). */
export type PagedAdAccountRow = typeof adAccounts.$inferSelect;

const storedPixels = readableItems(z.object({ id: z.string(), name: z.string(), lastFiredTime: z.iso.datetime().nullable() }));

// A JSON column as a JSON value, or null when it holds no valid JSON (then read as no list, see json-columns.ts).
const jsonColumn = (column: string) => `case when json_valid(${column}) then json(${column}) end`;

/**
 * The rows come back as one JSON array of arrays, which JSON.parse reads faster than better-sqlite3
 * hands over 7,500 values, with the JSON columns already in place. For each authorization asked for,
 * the subquery takes the first `limit` rowids from ad_accounts_authorization_name_idx, which holds
 * every column it needs. The authorization comes back as its position in the list (json_each's key):
 * the caller has its id. The workspace check rides on the rows, not the limit: an account's workspace is its
 * authorization's, and the authorizations asked for are the workspace's. SQLite reads an IN list in
 * rowid order, so the rows are put in name order here (inPageOrder): cheaper than SQLite's sort of
 * the whole page.
 */
const pageSql = (statusFiltered: boolean, limit: number) => `select json_group_array(json_array(
    j.key, a.account_id, a.name, a.account_status, a.disable_reason, a.currency, a.timezone_name, a.business_id, a.business_name,
    ${jsonColumn('a.tasks')}, a.custom_audience_tos_accepted, a.web_custom_audience_tos_accepted, a.is_personal,
    ${jsonColumn('a.pixels')}, a.synced_at
  ))
  from json_each(@authorizationIds) j
  join ad_accounts a on a.rowid in (
    select b.rowid from ad_accounts b
    where b.authorization_id = j.value
      and (@afterName is null or b.name > @afterName or (b.name = @afterName and b.account_id > @afterAccountId))
      ${statusFiltered ? 'and b.account_status in (select value from json_each(@statusCodes))' : ''}
    order by b.name, b.account_id
    limit ${limitText(limit)}
  )
  where +a.workspace_id = @workspaceId`;

export interface FirstOfEachQuery {
  workspaceId: string;
  authorizationIds: readonly string[];
  statusCodes?: readonly number[] | undefined;
  after: { name: string; accountId: string } | undefined;
  limit: number;
}

export function createAdAccountPages(sqlite: Database) {
  // The limit is written into the text (statement-cache.ts): binding it would compile this statement again
  // on every read, 100 µs or more.
  const cached = statementCache<Statement>();
  const statement = (statusFiltered: boolean, limit: number): Statement =>
    cached(`${statusFiltered} ${limit}`, () => sqlite.prepare(pageSql(statusFiltered, limit)).pluck());
  return {
    /** Up to `limit` accounts of each authorization after the cursor, by name then id: in the order of the ids asked for, then that order. */
    firstOfEach(query: FirstOfEachQuery): PagedAdAccountRow[] {
      const { workspaceId, authorizationIds, statusCodes } = query;
      const params = {
        workspaceId,
        authorizationIds: JSON.stringify(authorizationIds),
        afterName: query.after?.name ?? null,
        afterAccountId: query.after?.accountId ?? null,
      };
      const json = (
        statusCodes
          ? statement(true, query.limit).get({ ...params, statusCodes: JSON.stringify(statusCodes) })
          : statement(false, query.limit).get(params)
      ) as string;
      return (JSON.parse(json) as unknown[][]).sort(inPageOrder).map((value) => rowOf(value, authorizationIds, workspaceId));
    },
  };
}

/** The authorization's position, then name, then account id, as SQLite compares text. TimSort finds the runs already in order. */
const inPageOrder = (a: unknown[], b: unknown[]) =>
  (a[0] as number) - (b[0] as number) || compareText(a[2] as string, b[2] as string) || compareText(a[1] as string, b[1] as string);

/**
 * SQLite's BINARY collation compares UTF-8 bytes, which is code point order. JavaScript's `<` compares
 * UTF-16 units, which differs when a character beyond U+FFFF (a surrogate pair) meets one in
 * U+E000–U+FFFF: surrogates are moved above that range here.
 */
function compareText(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x < 0xe000 ? x + 0x2000 : x - 0x800;
      y = y < 0xe000 ? y + 0x2000 : y - 0x800;
    }
    return x - y;
  }
  return a.length - b.length;
}

function rowOf(value: unknown[], authorizationIds: readonly string[], workspaceId: string): PagedAdAccountRow {
  return {
    authorizationId: authorizationIds[value[0] as number]!,
    accountId: value[1] as string,
    workspaceId,
    name: value[2] as string,
    accountStatus: value[3] as number,
    disableReason: value[4] as number | null,
    currency: value[5] as string | null,
    timezoneName: value[6] as string | null,
    businessId: value[7] as string | null,
    businessName: value[8] as string | null,
    tasks: readStringList(value[9]),
    customAudienceTosAccepted: value[10] === 1,
    webCustomAudienceTosAccepted: value[11] === 1,
    isPersonal: value[12] === 1,
    pixels: readPixels(value[13]),
    syncedAt: new Date(value[14] as number),
  };
}

/** A stored pixels column (ad-accounts.ts reads it so too). Most accounts have no pixel; the others are validated item by item. */
export function readPixels(value: unknown): StoredPixel[] {
  return Array.isArray(value) && value.length === 0 ? [] : storedPixels.parse(value);
}
