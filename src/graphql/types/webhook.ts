import { encodeGlobalID } from '@pothos/plugin-relay';
import { NOTIFICATION_EVENT_TYPES } from '../../domain/events.ts';
import type { DeliveryLogRow, WebhookRow } from '../../services/records.ts';
import { builder, pageComplexity } from '../builder.ts';
import { newestFirstConnection } from '../cursors.ts';
import { totalCountField } from './counted-connection.ts';
import { enumValueName } from './enum-values.ts';

export const WebhookEventTypeEnum = builder.enumType('WebhookEventType', {
  description: 'The events a webhook can subscribe to; the delivery body carries the dotted name, e.g. authorization.state_changed.',
  // GraphQL names cannot hold dots: AUTHORIZATION_STATE_CHANGED stands for authorization.state_changed.
  values: Object.fromEntries(NOTIFICATION_EVENT_TYPES.map((type) => [enumValueName(type), { value: type }] as const)),
});

const DeliveryStatusEnum = builder.enumType('DeliveryStatus', {
  description:
    'PENDING: not delivered yet, retried with backoff. DELIVERED: the endpoint answered 2xx. FAILED: still failing 24 h after the event, or blocked because the host resolved to a private address (not retried).',
  values: ['PENDING', 'DELIVERED', 'FAILED'] as const,
});

const WebhookDeliveryRef = builder.objectRef<DeliveryLogRow>('WebhookDelivery').implement({
  description: 'One event sent (or being sent) to one webhook: the delivery log.',
  fields: (t) => ({
    id: t.exposeID('id'),
    eventId: t.exposeID('eventId', { description: 'The id in the body and in the adsauth-event-id header; the same on every retry.' }),
    eventType: t.field({ type: WebhookEventTypeEnum, resolve: (row) => row.eventType }),
    authorizationId: t.id({
      nullable: true,
      resolve: (row) => (row.authorizationId ? encodeGlobalID('Authorization', row.authorizationId) : null),
    }),
    occurredAt: t.field({ type: 'DateTime', resolve: (row) => row.occurredAt }),
    status: t.field({ type: DeliveryStatusEnum, resolve: (row) => row.status }),
    attempts: t.exposeInt('attempts'),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'Why the last attempt failed, e.g. "HTTP 500", "no answer within 10000 ms" or "blocked: private address".',
    }),
    lastHttpStatus: t.exposeInt('lastStatusCode', { nullable: true }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it is tried next; null once DELIVERED or FAILED.',
      resolve: (row) => (row.status === 'PENDING' ? row.nextAttemptAt : null),
    }),
    deliveredAt: t.field({ type: 'DateTime', nullable: true, resolve: (row) => row.deliveredAt }),
  }),
});

export const WebhookRef = builder.node(builder.objectRef<WebhookRow>('Webhook'), {
  description: 'An HTTPS endpoint of this workspace that receives signed event deliveries. ADMIN only.',
  authScopes: { admin: true },
  id: { resolve: (row) => row.id },
  loadMany: (ids, context) => {
    const rows = new Map(context.services.webhooks.getMany(context.viewer.workspaceId, ids).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  },
  fields: (t) => ({
    url: t.exposeString('url'),
    eventTypes: t.field({ type: [WebhookEventTypeEnum], resolve: (row) => row.eventTypes }),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.createdAt }),
    createdBy: t.exposeString('createdBy', { nullable: true, description: 'The name of the API key that created it.' }),
    deliveries: t.connection(
      {
        type: WebhookDeliveryRef,
        description: 'The delivery log, newest first. `first` is capped at 100.',
        complexity: pageComplexity,
        resolve: (row, args, context) => newestFirstConnection(args, (page) => context.services.webhooks.deliveryLog(row.id, page)),
      },
      { name: 'WebhookDeliveryConnection', fields: (t) => ({ totalCount: totalCountField(t) }) },
    ),
  }),
});

builder.queryField('webhooks', (t) =>
  t.connection(
    {
      type: WebhookRef,
      description: "The workspace's webhooks, newest first, with their delivery log. ADMIN only. `first` is capped at 100.",
      authScopes: { admin: true },
      complexity: pageComplexity,
      resolve: (_root, args, context) =>
        newestFirstConnection(args, (page) => context.services.webhooks.page(context.viewer.workspaceId, page)),
    },
    { name: 'WebhookConnection', fields: (t) => ({ totalCount: totalCountField(t) }) },
  ),
);
