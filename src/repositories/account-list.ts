import { count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accountList, adAccounts } from '../../db/schema.ts';

export type AccountListRow = typeof accountList.$inferSelect;

export function createAccountListRepository(db: Db) {
  return {
    all(): AccountListRow[] {
      return db.select().from(accountList).orderBy(accountList.addedAt, accountList.accountId).all();
    },
    /** The entries that this workspace's authorizations reach (the ad_accounts of its last syncs). */
    visibleTo(workspaceId: string): AccountListRow[] {
      const reached = db
        .selectDistinct({ accountId: adAccounts.accountId })
        .from(adAccounts)
        .where(eq(adAccounts.workspaceId, workspaceId));
      return db
        .select()
        .from(accountList)
        .where(inArray(accountList.accountId, reached))
        .orderBy(accountList.addedAt, accountList.accountId)
        .all();
    },
    count(): number {
      return db.select({ n: count() }).from(accountList).get()?.n ?? 0;
    },
    holding(accountIds: readonly string[]): Set<string> {
      if (accountIds.length === 0) return new Set();
      const rows = db
        .select({ accountId: accountList.accountId })
        .from(accountList)
        .where(inArray(accountList.accountId, [...accountIds]))
        .all();
      return new Set(rows.map((row) => row.accountId));
    },
    /** Inserts unless present; true when it was added. */
    add(accountId: string, addedBy: string, at: Date): boolean {
      return db.insert(accountList).values({ accountId, addedBy, addedAt: at }).onConflictDoNothing().run().changes > 0;
    },
    remove(accountId: string): boolean {
      return db.delete(accountList).where(eq(accountList.accountId, accountId)).run().changes > 0;
    },
    touch(accountId: string, at: Date): void {
      db.update(accountList).set({ lastCalledAt: at }).where(eq(accountList.accountId, accountId)).run();
    },
  };
}

export type AccountListRepository = ReturnType<typeof createAccountListRepository>;
