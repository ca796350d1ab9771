import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { oauthStates } from '../../db/schema.ts';
import { stringList } from './json-columns.ts';

export type OAuthStateRow = typeof oauthStates.$inferSelect;

/** Every state row read goes through here: its scopes, validated (see json-columns.ts). */
const stateFromRow = (row: OAuthStateRow): OAuthStateRow => ({ ...row, scopes: stringList.parse(row.scopes) });
const fromRowOrUndefined = (row: OAuthStateRow | undefined) => row && stateFromRow(row);

export function createOAuthStateRepository(db: Db) {
  return {
    insert(row: typeof oauthStates.$inferInsert): OAuthStateRow {
      return stateFromRow(db.insert(oauthStates).values(row).returning().get());
    },
    find(stateHash: string): OAuthStateRow | undefined {
      return fromRowOrUndefined(db.select().from(oauthStates).where(eq(oauthStates.stateHash, stateHash)).get());
    },
    /** Marks the state used if it is still unused and unexpired; only one caller can win. */
    consume(stateHash: string, now: Date): OAuthStateRow | undefined {
      return fromRowOrUndefined(
        db
          .update(oauthStates)
          .set({ usedAt: now })
          .where(and(eq(oauthStates.stateHash, stateHash), isNull(oauthStates.usedAt), gt(oauthStates.expiresAt, now)))
          .returning()
          .get(),
      );
    },
    deleteExpired(before: Date): number {
      return db.delete(oauthStates).where(lt(oauthStates.expiresAt, before)).run().changes;
    },
  };
}

export type OAuthStateRepository = ReturnType<typeof createOAuthStateRepository>;
