import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Clock } from '../../clock.ts';
import { isNotification, type NewEvent } from '../../domain/events.ts';
import type { DeliveryRepository } from '../../repositories/deliveries.ts';
import type { EventRepository, EventRow } from '../../repositories/events.ts';
import type { WebhookRepository } from '../../repositories/webhooks.ts';

/**
 * Records an event and its outbox rows (one per subscribed webhook, one for the owner's email).
 * `record` is synchronous: call it INSIDE the transaction that makes the change, so the change, the
 * history and the notifications commit or roll back together.
 */
export function createEventRecorder(deps: {
  events: EventRepository;
  deliveries: DeliveryRepository;
  webhooks: WebhookRepository;
  clock: Clock;
}) {
  // Fired after the current synchronous transaction has finished, so listeners read committed rows.
  const recorded = new EventEmitter();
  recorded.setMaxListeners(0);

  return {
    record(event: NewEvent): EventRow {
      const now = deps.clock.now();
      const row = deps.events.insert({
        id: randomUUID(),
        workspaceId: event.workspaceId,
        authorizationId: event.authorizationId,
        type: event.type,
        actor: event.actor,
        data: event.data,
        occurredAt: now,
      });
      if (isNotification(event.type)) {
        for (const webhook of deps.webhooks.list(event.workspaceId)) {
          if (!webhook.eventTypes.includes(event.type)) continue;
          deps.deliveries.insert({
            id: randomUUID(),
            eventId: row.id,
            channel: 'webhook',
            webhookId: webhook.id,
            nextAttemptAt: now,
            createdAt: now,
          });
        }
        if (event.ownerEmail) {
          deps.deliveries.insert({
            id: randomUUID(),
            eventId: row.id,
            channel: 'email',
            emailTo: event.ownerEmail,
            nextAttemptAt: now,
            createdAt: now,
          });
        }
      }
      setImmediate(() => recorded.emit('event', row));
      return row;
    },

    /** Wakes live subscribers and the delivery worker; the rows are the source of truth. */
    onRecorded(listener: (row: EventRow) => void): () => void {
      recorded.on('event', listener);
      return () => recorded.off('event', listener);
    },
  };
}

export type EventRecorder = ReturnType<typeof createEventRecorder>;
