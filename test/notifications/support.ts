import { decodeGlobalID } from '@pothos/plugin-relay';
import { gql } from '../helpers/gql.ts';
import type { TestAppOptions } from '../helpers/test-app.ts';
import { setupAuthorizationTest } from '../authorizations/support.ts';
import type { WebhookEventType } from '../gql/graphql.ts';
import { CreateWebhook, Webhooks } from './documents.ts';

export type NotificationTest = Awaited<ReturnType<typeof setupNotificationTest>>;

/** An authorization test (EDITOR key "dashboard", sandbox) plus an ADMIN key and webhook shortcuts. */
export async function setupNotificationTest(options: TestAppOptions = {}) {
  const s = await setupAuthorizationTest(options);
  const adminKey = s.createApiKey({ role: 'ADMIN', name: 'ops' });

  async function createWebhook(url: string, eventTypes?: WebhookEventType[], apiKey = adminKey) {
    const { createWebhook: result } = await gql(s.app, CreateWebhook, { input: { url, eventTypes } }, { apiKey });
    if (result.__typename !== 'CreateWebhookPayload') throw new Error(`createWebhook failed: ${JSON.stringify(result)}`);
    return { id: result.webhook.id, rawId: decodeGlobalID(result.webhook.id).id, secret: result.signingSecret };
  }

  /** The workspace's webhooks (the first page), through the API. */
  async function webhooks(apiKey = adminKey) {
    const { webhooks: connection } = await gql(s.app, Webhooks, {}, { apiKey });
    return { totalCount: connection.totalCount, nodes: connection.edges.map((edge) => edge.node) };
  }

  /** The delivery log of the workspace's only (or first) webhook, through the API. */
  async function deliveryLog(apiKey = adminKey) {
    const { webhooks } = await gql(s.app, Webhooks, { first: 1, deliveriesFirst: 100 }, { apiKey });
    return webhooks.edges[0]!.node.deliveries.edges.map((edge) => edge.node);
  }

  return { ...s, adminKey, createWebhook, webhooks, deliveryLog, worker: s.workers.deliveryWorker };
}
