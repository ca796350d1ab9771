// The hot read of Authorization.adAccounts: the first accounts of many authorizations in one
// statement, decoded by hand. A page of 50 authorizations × 10 accounts is 500 rows, and each value
// better-sqlite3 hands over and each decoder drizzle runs is paid 500 times (npm run bench:api).
import type { Database } from 'better-sqlite3';
import type { StoredPixel } from '../../db/schema.ts';
import { readableItems, readStringList } from './json-columns.ts';
import { z } from 'zod';

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

/**
 * Every ranked account is read by rowid from ad_accounts_authorization_name_idx, which holds every column
 * the ranking needs (so SQLite numbers the rows without reading the table). The authorization comes back
 * as its position in the list asked for (`k`): the caller has its id, and 500 copies of it cost more
 * than the read. The workspace check rides on the rows, not the ranking: an account's workspace is its
 * authorization's, and the authorizations asked for are the workspace's.
 */
const pageSql = (statusFiltered: boolean) => `select r.k, a.account_id, a.name, a.account_status, a.disable_reason, a.currency, a.timezone_name, a.business_id,
    a.business_name, a.tasks, a.custom_audience_tos_accepted, a.web_custom_audience_tos_accepted, a.is_personal, a.pixels, a.synced_at
  from (
    select j.key as k, b.rowid as rid,
      row_number() over (partition by j.key order by b.name, b.account_id) as rank
    from json_each(@authorizationIds) j join ad_accounts b on b.authorization_id = j.value
    where (@afterName is null or b.name > @afterName or (b.name = @afterName and b.account_id > @afterAccountId))
      ${statusFiltered ? 'and b.account_status in (select value from json_each(@statusCodes))' : ''}
  ) r
  join ad_accounts a on a.rowid = r.rid
  where r.rank <= @limit and +a.workspace_id = @workspaceId
  order by r.k, r.rank`;

export interface FirstOfEachQuery {
  workspaceId: string;
  authorizationIds: readonly string[];
  statusCodes?: readonly number[] | undefined;
  after: { name: string; accountId: string } | undefined;
  limit: number;
}

export function createAdAccountPages(sqlite: Database) {
  const unfiltered = sqlite.prepare(pageSql(false)).raw();
  const byStatus = sqlite.prepare(pageSql(true)).raw();
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
      const values = (statusCodes ? byStatus.all({ ...params, statusCodes: JSON.stringify(statusCodes) }) : unfiltered.all(params)) as unknown[][];
      return values.map((value) => rowOf(value, authorizationIds, workspaceId));
    },
  };
}

function rowOf(value: unknown[], authorizationIds: readonly string[], workspaceId: string): PagedAdAccountRow {
  const rawTasks = value[9] as string;
  const rawPixels = value[13] as string;
  let tasks: string[] | undefined;
  let pixels: StoredPixel[] | undefined;
  // tasks and pixels are parsed when read: a page that shows neither does not pay for them. Own,
  // enumerable accessors, so that a spread or JSON.stringify of the row still holds them.
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
    get tasks() {
      return (tasks ??= readStringList(parseJson(rawTasks)));
    },
    set tasks(list) {
      tasks = list;
    },
    customAudienceTosAccepted: value[10] === 1,
    webCustomAudienceTosAccepted: value[11] === 1,
    isPersonal: value[12] === 1,
    get pixels() {
      return (pixels ??= storedPixels.parse(parseJson(rawPixels)));
    },
    set pixels(list) {
      pixels = list;
    },
    syncedAt: new Date(value[14] as number),
  };
}

/** drizzle's json mode parses with JSON.parse too; an unreadable value is read as no list (json-columns.ts). */
function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
