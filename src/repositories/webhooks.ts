import { and, count, desc, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { webhooks } from '../../db/schema.ts';
import { notificationEventTypes } from './json-columns.ts';
import { after, newestFirst, type NewestFirstCursor } from './newest-first.ts';

export type WebhookRow = typeof webhooks.$inferSelect;

/** Every webhook row read goes through here: its event types, validated (see json-columns.ts). */
const webhookFromRow = (row: WebhookRow): WebhookRow => ({ ...row, eventTypes: notificationEventTypes.parse(row.eventTypes) });
const fromRowOrUndefined = (row: WebhookRow | undefined) => row && webhookFromRow(row);

export function createWebhookRepository(db: Db) {
  return {
    insert(row: typeof webhooks.$inferInsert): WebhookRow {
      return webhookFromRow(db.insert(webhooks).values(row).returning().get());
    },
    find(workspaceId: string, id: string): WebhookRow | undefined {
      return fromRowOrUndefined(
        db
          .select()
          .from(webhooks)
          .where(and(eq(webhooks.workspaceId, workspaceId), eq(webhooks.id, id)))
          .get(),
      );
    },
    findById(id: string): WebhookRow | undefined {
      return fromRowOrUndefined(db.select().from(webhooks).where(eq(webhooks.id, id)).get());
    },
    list(workspaceId: string): WebhookRow[] {
      return db
        .select()
        .from(webhooks)
        .where(eq(webhooks.workspaceId, workspaceId))
        .orderBy(desc(webhooks.createdAt))
        .all()
        .map(webhookFromRow);
    },
    /** A page of the workspace's webhooks, newest first, after the cursor's row; `limit` rows at most. */
    page(workspaceId: string, limit: number, cursor: NewestFirstCursor | undefined): WebhookRow[] {
      return db
        .select()
        .from(webhooks)
        .where(and(eq(webhooks.workspaceId, workspaceId), after(webhooks, cursor)))
        .orderBy(...newestFirst(webhooks))
        .limit(limit)
        .all()
        .map(webhookFromRow);
    },
    count(workspaceId: string): number {
      return db.select({ n: count() }).from(webhooks).where(eq(webhooks.workspaceId, workspaceId)).get()?.n ?? 0;
    },
    /** For key rotation: webhooks whose secret is not yet sealed with `keyId`. */
    notSealedWith(keyId: string, limit: number): Pick<WebhookRow, 'id' | 'secretKeyId' | 'secretCiphertext'>[] {
      return db
        .select({ id: webhooks.id, secretKeyId: webhooks.secretKeyId, secretCiphertext: webhooks.secretCiphertext })
        .from(webhooks)
        .where(ne(webhooks.secretKeyId, keyId))
        .limit(limit)
        .all();
    },
    reseal(id: string, sealed: { keyId: string; ciphertext: Buffer }): void {
      db.update(webhooks).set({ secretKeyId: sealed.keyId, secretCiphertext: sealed.ciphertext }).where(eq(webhooks.id, id)).run();
    },
    delete(workspaceId: string, id: string): boolean {
      return (
        db
          .delete(webhooks)
          .where(and(eq(webhooks.workspaceId, workspaceId), eq(webhooks.id, id)))
          .run().changes > 0
      );
    },
  };
}

export type WebhookRepository = ReturnType<typeof createWebhookRepository>;
