import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { dataDeletionRequests, facebookWebhookReceipts } from '../../db/schema.ts';

export type WebhookReceiptRow = typeof facebookWebhookReceipts.$inferSelect;
export type DataDeletionRequestRow = typeof dataDeletionRequests.$inferSelect;

/** Meta's webhook deliveries (replay protection and the record of installs) and its data deletion requests. */
export function createMetaCallbackRepository(db: Db) {
  return {
    /** false when a delivery with the same body was received before: a replay. */
    recordReceipt(row: WebhookReceiptRow): boolean {
      return db.insert(facebookWebhookReceipts).values(row).onConflictDoNothing().run().changes > 0;
    },
    insertDeletionRequest(row: DataDeletionRequestRow): void {
      db.insert(dataDeletionRequests).values(row).run();
    },
    findDeletionRequest(confirmationCode: string): DataDeletionRequestRow | undefined {
      return db.select().from(dataDeletionRequests).where(eq(dataDeletionRequests.confirmationCode, confirmationCode)).get();
    },
  };
}

export type MetaCallbackRepository = ReturnType<typeof createMetaCallbackRepository>;
