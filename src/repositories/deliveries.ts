import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { deliveries } from '../../db/schema.ts';

export type DeliveryRow = typeof deliveries.$inferSelect;
export type DeliveryPatch = Partial<Pick<DeliveryRow, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'lastStatusCode' | 'deliveredAt'>>;

export function createDeliveryRepository(db: Db) {
  return {
    insert(row: typeof deliveries.$inferInsert): DeliveryRow {
      return db.insert(deliveries).values(row).returning().get();
    },
    /** Pending deliveries whose time has come, oldest first. */
    due(now: Date, limit: number): DeliveryRow[] {
      return db
        .select()
        .from(deliveries)
        .where(and(eq(deliveries.status, 'PENDING'), lte(deliveries.nextAttemptAt, now)))
        .orderBy(asc(deliveries.nextAttemptAt))
        .limit(limit)
        .all();
    },
    update(id: string, patch: DeliveryPatch): void {
      db.update(deliveries).set(patch).where(eq(deliveries.id, id)).run();
    },
    forWebhook(webhookId: string, limit: number): DeliveryRow[] {
      return db.select().from(deliveries).where(eq(deliveries.webhookId, webhookId)).orderBy(desc(deliveries.createdAt)).limit(limit).all();
    },
  };
}

export type DeliveryRepository = ReturnType<typeof createDeliveryRepository>;
