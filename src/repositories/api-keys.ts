import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { apiKeys, workspaces } from '../../db/schema.ts';
import type { Role } from '../domain/roles.ts';
import { after, newestFirst, type NewestFirstCursor } from './newest-first.ts';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export function createApiKeyRepository(db: Db) {
  // Every request looks its key up: built and compiled once, not per call.
  const activeByHash = db
    .select({ key: apiKeys, workspace: workspaces })
    .from(apiKeys)
    .innerJoin(workspaces, eq(workspaces.id, apiKeys.workspaceId))
    .where(and(eq(apiKeys.keyHash, sql.placeholder('keyHash')), isNull(apiKeys.revokedAt)))
    .prepare();
  return {
    insert(values: { workspaceId: string; name: string; role: Role; keyHash: string; keyPrefix: string; createdAt: Date }): ApiKeyRow {
      return db
        .insert(apiKeys)
        .values({ id: randomUUID(), ...values })
        .returning()
        .get();
    },
    /** An active (not revoked) key with its workspace, by the key's hash. */
    findActiveByHash(keyHash: string) {
      return activeByHash.get({ keyHash });
    },
    findById(id: string): ApiKeyRow | undefined {
      return db.select().from(apiKeys).where(eq(apiKeys.id, id)).get();
    },
    list(workspaceId?: string): ApiKeyRow[] {
      const query = db.select().from(apiKeys);
      return (workspaceId ? query.where(eq(apiKeys.workspaceId, workspaceId)) : query).orderBy(desc(apiKeys.createdAt)).all();
    },
    /** A page of the workspace's keys, newest first, after the cursor's row; `limit` rows at most. */
    page(workspaceId: string, limit: number, cursor: NewestFirstCursor | undefined): ApiKeyRow[] {
      return db
        .select()
        .from(apiKeys)
        .where(and(eq(apiKeys.workspaceId, workspaceId), after(apiKeys, cursor)))
        .orderBy(...newestFirst(apiKeys))
        .limit(limit)
        .all();
    },
    count(workspaceId: string): number {
      return db.select({ n: count() }).from(apiKeys).where(eq(apiKeys.workspaceId, workspaceId)).get()?.n ?? 0;
    },
    revoke(id: string, at: Date): boolean {
      const result = db
        .update(apiKeys)
        .set({ revokedAt: at })
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
        .run();
      return result.changes > 0;
    },
    touch(id: string, at: Date): void {
      db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, id)).run();
    },
  };
}

export type ApiKeyRepository = ReturnType<typeof createApiKeyRepository>;
