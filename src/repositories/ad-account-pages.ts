// The hot read of Authorization.adAccounts: the first accounts of many authorizations in one
// statement. A page of 50 authorizations × 10 accounts is 500 rows, and every value better-sqlite3
// hands over one by one, and every decoder drizzle runs, is paid 500 times (npm run bench:api).
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { StoredPixel } from '../../db/schema.ts';
import { readableItems, readStringList } from './json-columns.ts';

/** The row type of ad-accounts.ts, restated here so that the two files do not import each other. */
export interface PagedAdAccountRow {
  authorizationId: string;
  accountId: string;
  workspaceId: string;
  name: string;
  accountStatus: number;
  disableReason: number | null;
  currency: string | null;
  timezoneName: string | null;
  businessId: string | null;
  businessName: string | null;
  tasks: string[];
  customAudienceTosAccepted: boolean;
  webCustomAudienceTosAccepted: boolean;
  isPersonal: boolean;
  pixels: StoredPixel[];
  syncedAt: Date;
}

export const storedPixels = readableItems(z.object({ id: z.string(), name: z.string(), lastFiredTime: z.iso.datetime().nullable() }));

// A JSON column as a JSON value, or null when it holds no valid JSON (then read as no list, see json-columns.ts).
const jsonColumn = (column: string) => `case when json_valid(${column}) then json(${column}) end`;

/**
 * The rows come back as one JSON array of arrays, which JSON.parse reads faster than better-sqlite3
 * hands over 7,500 values, with the JSON columns already in place. Every ranked account is found by
 * rowid from ad_accounts_authorization_name_idx, which holds every column the ranking needs. The
 * authorization comes back as its position in the list asked for (`k`): the caller has its id. The
 * workspace check rides on the rows, not the ranking: an account's workspace is its authorization's,
 * and the authorizations asked for are the workspace's.
 */
const pageSql = (statusFiltered: boolean) => `select json_group_array(json_array(
    r.k, a.account_id, a.name, a.account_status, a.disable_reason, a.currency, a.timezone_name, a.business_id, a.business_name,
    ${jsonColumn('a.tasks')}, a.custom_audience_tos_accepted, a.web_custom_audience_tos_accepted, a.is_personal,
    ${jsonColumn('a.pixels')}, a.synced_at
  ) order by r.k, r.rank)
  from (
    select j.key as k, b.rowid as rid, row_number() over (partition by j.key order by b.name, b.account_id) as rank
    from json_each(@authorizationIds) j join ad_accounts b on b.authorization_id = j.value
    where (@afterName is null or b.name > @afterName or (b.name = @afterName and b.account_id > @afterAccountId))
      ${statusFiltered ? 'and b.account_status in (select value from json_each(@statusCodes))' : ''}
  ) r
  join ad_accounts a on a.rowid = r.rid
  where r.rank <= @limit and +a.workspace_id = @workspaceId`;

export interface FirstOfEachQuery {
  workspaceId: string;
  authorizationIds: readonly string[];
  statusCodes?: readonly number[] | undefined;
  after: { name: string; accountId: string } | undefined;
  limit: number;
}

export function createAdAccountPages(sqlite: Database) {
  const unfiltered = sqlite.prepare(pageSql(false)).pluck();
  const byStatus = sqlite.prepare(pageSql(true)).pluck();
  return {
    /** Up to `limit` accounts of each authorization after the cursor, by name then id: in the order of the ids asked for, then that order. */
    firstOfEach(query: FirstOfEachQuery): PagedAdAccountRow[] {
      const { workspaceId, authorizationIds, statusCodes } = query;
      const params = {
        workspaceId,
        authorizationIds: JSON.stringify(authorizationIds),
        afterName: query.after?.name ?? null,
        afterAccountId: query.after?.accountId ?? null,
        limit: query.limit,
      };
      const json = (statusCodes ? byStatus.get({ ...params, statusCodes: JSON.stringify(statusCodes) }) : unfiltered.get(params)) as string;
      return (JSON.parse(json) as unknown[][]).map((value) => rowOf(value, authorizationIds, workspaceId));
    },
  };
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

/** Most accounts have no pixel; the others are validated item by item. */
function readPixels(value: unknown): StoredPixel[] {
  return Array.isArray(value) && value.length === 0 ? [] : storedPixels.parse(value);
}
