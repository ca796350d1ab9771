import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adAccountChanges, adAccounts } from '../../db/schema.ts';

export type AdAccountRow = typeof adAccounts.$inferSelect;
export type NewAdAccountRow = typeof adAccounts.$inferInsert;
export type AdAccountChangeRow = typeof adAccountChanges.$inferSelect;
export type NewAdAccountChangeRow = typeof adAccountChanges.$inferInsert;

export interface AdAccountKey {
  authorizationId: string;
  accountId: string;
}

// Well under SQLite's bound-parameter limit (15 columns a row).
const INSERT_CHUNK = 500;

const keyIs = (key: AdAccountKey) => and(eq(adAccounts.authorizationId, key.authorizationId), eq(adAccounts.accountId, key.accountId))!;

/** The ad accounts each authorization's token reaches, as of its last sync, and what each sync changed. */
export function createAdAccountRepository(db: Db) {
  return {
    /** Every stored account of one authorization, optionally only those with these account_status codes. */
    list(workspaceId: string, authorizationId: string, statusCodes?: readonly number[]): AdAccountRow[] {
      const conditions: SQL[] = [eq(adAccounts.workspaceId, workspaceId), eq(adAccounts.authorizationId, authorizationId)];
      if (statusCodes) conditions.push(inArray(adAccounts.accountStatus, [...statusCodes]));
      return db
        .select()
        .from(adAccounts)
        .where(and(...conditions))
        .orderBy(asc(adAccounts.accountId))
        .all();
    },

    find(workspaceId: string, key: AdAccountKey): AdAccountRow | undefined {
      return db
        .select()
        .from(adAccounts)
        .where(and(eq(adAccounts.workspaceId, workspaceId), keyIs(key)))
        .get();
    },

    findMany(workspaceId: string, keys: readonly AdAccountKey[]): AdAccountRow[] {
      if (keys.length === 0) return [];
      return db
        .select()
        .from(adAccounts)
        .where(and(eq(adAccounts.workspaceId, workspaceId), or(...keys.map(keyIs))))
        .all();
    },


    /** Replaces an authorization's whole set; call inside a transaction. */
    replaceAll(authorizationId: string, rows: readonly NewAdAccountRow[]): void {
      db.delete(adAccounts).where(eq(adAccounts.authorizationId, authorizationId)).run();
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) db.insert(adAccounts).values(rows.slice(i, i + INSERT_CHUNK)).run();
    },

    upsert(row: NewAdAccountRow): AdAccountRow {
      const { authorizationId: _a, accountId: _b, workspaceId: _w, ...changes } = row;
      return db
        .insert(adAccounts)
        .values(row)
        .onConflictDoUpdate({ target: [adAccounts.authorizationId, adAccounts.accountId], set: changes })
        .returning()
        .get();
    },

    remove(key: AdAccountKey): boolean {
      return db.delete(adAccounts).where(keyIs(key)).run().changes > 0;
    },

    recordChanges(changes: readonly NewAdAccountChangeRow[]): void {
      for (let i = 0; i < changes.length; i += INSERT_CHUNK) db.insert(adAccountChanges).values(changes.slice(i, i + INSERT_CHUNK)).run();
    },

    /** Oldest first. */
    changes(workspaceId: string, authorizationId: string): AdAccountChangeRow[] {
      return db
        .select()
        .from(adAccountChanges)
        .where(and(eq(adAccountChanges.workspaceId, workspaceId), eq(adAccountChanges.authorizationId, authorizationId)))
        .orderBy(asc(adAccountChanges.id))
        .all();
    },
  };
}

export type AdAccountRepository = ReturnType<typeof createAdAccountRepository>;
