import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { webhooks } from '../../db/schema.ts';

export type WebhookRow = typeof webhooks.$inferSelect;

export function createWebhookRepository(db: Db) {
  return {
    insert(row: typeof webhooks.$inferInsert): WebhookRow {
      return db.insert(webhooks).values(row).returning().get();
    },
    find(workspaceId: string, id: string): WebhookRow | undefined {
      return db.select().from(webhooks).where(and(eq(webhooks.workspaceId, workspaceId), eq(webhooks.id, id))).get();
    },
    findById(id: string): WebhookRow | undefined {
      return db.select().from(webhooks).where(eq(webhooks.id, id)).get();
    },
    list(workspaceId: string): WebhookRow[] {
      return db.select().from(webhooks).where(eq(webhooks.workspaceId, workspaceId)).orderBy(desc(webhooks.createdAt)).all();
    },
    delete(workspaceId: string, id: string): boolean {
      return db.delete(webhooks).where(and(eq(webhooks.workspaceId, workspaceId), eq(webhooks.id, id))).run().changes > 0;
    },
  };
}

export type WebhookRepository = ReturnType<typeof createWebhookRepository>;
