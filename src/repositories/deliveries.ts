import { and, asc, count, eq, inArray, lte, min } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { deliveries, events } from '../../db/schema.ts';
import { isNotification, NOTIFICATION_EVENT_TYPES, type NotificationEventType } from '../domain/events.ts';
import { after, newestFirst, type NewestFirstCursor } from './newest-first.ts';

export type DeliveryRow = typeof deliveries.$inferSelect;
export type DeliveryPatch = Partial<
  Pick<DeliveryRow, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'lastStatusCode' | 'deliveredAt'>
>;

/**
 * The log shows deliveries of the notification types this version knows; one of another version's types
 * (a database shared with a newer gateway) is left out of the page and of its count alike.
 */
const knownType = inArray(events.type, [...NOTIFICATION_EVENT_TYPES]);

/** A delivery with the event it carries, for the delivery log. */
export type DeliveryLogRow = DeliveryRow & { eventType: NotificationEventType; authorizationId: string | null; occurredAt: Date };

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
    /** When the earliest pending delivery is due, if any is pending. */
    nextDueAt(): Date | undefined {
      return (
        db
          .select({ at: min(deliveries.nextAttemptAt) })
          .from(deliveries)
          .where(eq(deliveries.status, 'PENDING'))
          .get()?.at ?? undefined
      );
    },
    /**
     * Takes a due row for one attempt by moving its next attempt to `leaseUntil`. Only one worker
     * wins (the row must still be as it was read); a worker that dies mid-attempt leaves the row to
     * be retried once the lease runs out.
     */
    claim(row: Pick<DeliveryRow, 'id' | 'nextAttemptAt'>, leaseUntil: Date): boolean {
      const where = and(eq(deliveries.id, row.id), eq(deliveries.status, 'PENDING'), eq(deliveries.nextAttemptAt, row.nextAttemptAt));
      return db.update(deliveries).set({ nextAttemptAt: leaseUntil }).where(where).run().changes === 1;
    },
    update(id: string, patch: DeliveryPatch): void {
      db.update(deliveries).set(patch).where(eq(deliveries.id, id)).run();
    },
    /** A page of a webhook's deliveries, newest first after the cursor's row, with their events' type and authorization. */
    logForWebhook(webhookId: string, limit: number, cursor?: NewestFirstCursor): DeliveryLogRow[] {
      return db
        .select({ delivery: deliveries, eventType: events.type, authorizationId: events.authorizationId, occurredAt: events.occurredAt })
        .from(deliveries)
        .innerJoin(events, eq(events.id, deliveries.eventId))
        .where(and(eq(deliveries.webhookId, webhookId), knownType, after(deliveries, cursor)))
        .orderBy(...newestFirst(deliveries))
        .limit(limit)
        .all()
        .flatMap(({ delivery, eventType, ...event }) => (isNotification(eventType) ? [{ ...delivery, eventType, ...event }] : []));
    },
    /** How many deliveries a webhook's log holds (a delivery goes with its event when the history is pruned). */
    countForWebhook(webhookId: string): number {
      return (
        db
          .select({ n: count() })
          .from(deliveries)
          .innerJoin(events, eq(events.id, deliveries.eventId))
          .where(and(eq(deliveries.webhookId, webhookId), knownType))
          .get()?.n ?? 0
      );
    },
  };
}

export type DeliveryRepository = ReturnType<typeof createDeliveryRepository>;
