import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adAccountChanges, adAccounts } from '../../db/schema.ts';
import type { AdAccountChangeOf } from '../domain/ad-account-changes.ts';
import { createAdAccountPages, readPixels } from './ad-account-pages.ts';
import { adAccountChange, readStringList } from './json-columns.ts';

export type AdAccountRow = typeof adAccounts.$inferSelect;
export type NewAdAccountRow = typeof adAccounts.$inferInsert;
/** A change row whose details are those of its kind. */
export type AdAccountChangeRow = Omit<typeof adAccountChanges.$inferSelect, 'change' | 'details'> & AdAccountChangeOf;
export type NewAdAccountChangeRow = Omit<typeof adAccountChanges.$inferInsert, 'change' | 'details'> & AdAccountChangeOf;

/** Every ad-account row read goes through here: its tasks and pixels, validated (see json-columns.ts), in place: the row was just read. */
function adAccountFromRow(row: AdAccountRow): AdAccountRow {
  row.tasks = readStringList(row.tasks);
  row.pixels = readPixels(row.pixels);
  return row;
}

/** A change row with its kind and details read together; undefined when they do not match (see json-columns.ts). */
function changeFromRow(row: typeof adAccountChanges.$inferSelect): AdAccountChangeRow | undefined {
  const read = adAccountChange.safeParse(row);
  return read.success ? { ...row, ...read.data } : undefined;
}

export interface AdAccountKey {
  authorizationId: string;
  accountId: string;
}

// Well under SQLite's bound-parameter limit (17 columns a row).
const INSERT_CHUNK = 500;

/** Ordered by name, then account id; the cursor is the last row's pair. */
export interface AdAccountCursor {
  name: string;
  accountId: string;
}

export interface AdAccountsOfEachQuery {
  workspaceId: string;
  authorizationIds: readonly string[];
  /** Only accounts with these account_status codes; every account when undefined. */
  statusCodes?: readonly number[] | undefined;
}

// Lists travel as one JSON parameter, so each statement below is prepared once whatever the list's length.
const jsonList = (values: readonly unknown[] | undefined) => (values ? JSON.stringify(values) : null);
const inJsonList = (column: SQL, name: string) => sql`${column} in (select value from json_each(${sql.placeholder(name)}))`;
// The unary + keeps SQLite from choosing ad_accounts_workspace_account_idx, which scans every account
// of the workspace: the authorization ids lead to the rows, and the workspace only confirms them.
const ofEachWhere = and(
  sql`+${adAccounts.workspaceId} = ${sql.placeholder('workspaceId')}`,
  inJsonList(sql`${adAccounts.authorizationId}`, 'authorizationIds'),
  sql`(${sql.placeholder('statusCodes')} is null or ${inJsonList(sql`${adAccounts.accountStatus}`, 'statusCodes')})`,
)!;

const keyIs = (key: AdAccountKey) => and(eq(adAccounts.authorizationId, key.authorizationId), eq(adAccounts.accountId, key.accountId))!;

/** The ad accounts each authorization's token reaches, as of its last sync, and what each sync changed. */
export function createAdAccountRepository(db: Db) {
  const pages = createAdAccountPages(db.$client);
  const countEachStatement = db
    .select({ authorizationId: adAccounts.authorizationId, n: count() })
    .from(adAccounts)
    .where(ofEachWhere)
    .groupBy(adAccounts.authorizationId)
    .prepare();
  const allOfEachStatement = db
    .select()
    .from(adAccounts)
    .where(ofEachWhere)
    .orderBy(adAccounts.authorizationId, adAccounts.name, adAccounts.accountId)
    .prepare();
  const ofEachParams = (query: AdAccountsOfEachQuery) => ({
    workspaceId: query.workspaceId,
    authorizationIds: jsonList(query.authorizationIds),
    statusCodes: jsonList(query.statusCodes),
  });

  return {
    /** Up to `limit` accounts of each authorization after the cursor, by name then id: in the order of the ids asked for, then that order. */
    firstOfEach(query: AdAccountsOfEachQuery & { after: AdAccountCursor | undefined; limit: number }): AdAccountRow[] {
      if (query.authorizationIds.length === 0 || query.limit <= 0) return [];
      return pages.firstOfEach(query);
    },

    /** How many accounts each authorization has; an authorization with none is left out. */
    countEach(query: AdAccountsOfEachQuery): Map<string, number> {
      if (query.authorizationIds.length === 0) return new Map();
      return new Map(countEachStatement.all(ofEachParams(query)).map((row) => [row.authorizationId, row.n]));
    },

    /** Every account of each authorization, ordered by authorization, then name, then id. */
    allOfEach(query: AdAccountsOfEachQuery): AdAccountRow[] {
      if (query.authorizationIds.length === 0) return [];
      return allOfEachStatement.all(ofEachParams(query)).map(adAccountFromRow);
    },

    /** Every stored account of one authorization, optionally only those with these account_status codes. */
    list(workspaceId: string, authorizationId: string, statusCodes?: readonly number[]): AdAccountRow[] {
      const conditions: SQL[] = [eq(adAccounts.workspaceId, workspaceId), eq(adAccounts.authorizationId, authorizationId)];
      if (statusCodes) conditions.push(inArray(adAccounts.accountStatus, [...statusCodes]));
      return db
        .select()
        .from(adAccounts)
        .where(and(...conditions))
        .orderBy(asc(adAccounts.accountId))
        .all()
        .map(adAccountFromRow);
    },

    find(workspaceId: string, key: AdAccountKey): AdAccountRow | undefined {
      const row = db
        .select()
        .from(adAccounts)
        .where(and(eq(adAccounts.workspaceId, workspaceId), keyIs(key)))
        .get();
      return row && adAccountFromRow(row);
    },

    /** Whether any authorization of the workspace reaches the account (ad_accounts_workspace_account_idx). */
    reachedInWorkspace(workspaceId: string, accountId: string): boolean {
      return (
        db
          .select({ accountId: adAccounts.accountId })
          .from(adAccounts)
          .where(and(eq(adAccounts.workspaceId, workspaceId), eq(adAccounts.accountId, accountId)))
          .limit(1)
          .get() !== undefined
      );
    },

    findMany(workspaceId: string, keys: readonly AdAccountKey[]): AdAccountRow[] {
      if (keys.length === 0) return [];
      return db
        .select()
        .from(adAccounts)
        .where(and(eq(adAccounts.workspaceId, workspaceId), or(...keys.map(keyIs))))
        .all()
        .map(adAccountFromRow);
    },

    /** Replaces an authorization's whole set; call inside a transaction. */
    replaceAll(authorizationId: string, rows: readonly NewAdAccountRow[]): void {
      db.delete(adAccounts).where(eq(adAccounts.authorizationId, authorizationId)).run();
      for (let i = 0; i < rows.length; i += INSERT_CHUNK)
        db.insert(adAccounts)
          .values(rows.slice(i, i + INSERT_CHUNK))
          .run();
    },

    upsert(row: NewAdAccountRow): AdAccountRow {
      const { authorizationId: _a, accountId: _b, workspaceId: _w, ...changes } = row;
      return adAccountFromRow(
        db
          .insert(adAccounts)
          .values(row)
          .onConflictDoUpdate({ target: [adAccounts.authorizationId, adAccounts.accountId], set: changes })
          .returning()
          .get(),
      );
    },

    remove(key: AdAccountKey): boolean {
      return db.delete(adAccounts).where(keyIs(key)).run().changes > 0;
    },

    recordChanges(changes: readonly NewAdAccountChangeRow[]): void {
      for (let i = 0; i < changes.length; i += INSERT_CHUNK)
        db.insert(adAccountChanges)
          .values(changes.slice(i, i + INSERT_CHUNK))
          .run();
    },

    /** Oldest first; a change this version cannot read is left out. */
    changes(workspaceId: string, authorizationId: string): AdAccountChangeRow[] {
      return db
        .select()
        .from(adAccountChanges)
        .where(and(eq(adAccountChanges.workspaceId, workspaceId), eq(adAccountChanges.authorizationId, authorizationId)))
        .orderBy(asc(adAccountChanges.id))
        .all()
        .flatMap((row) => changeFromRow(row) ?? []);
    },
  };
}

export type AdAccountRepository = ReturnType<typeof createAdAccountRepository>;
