import { decodeGlobalID } from '@pothos/plugin-relay';
import { gql } from '../helpers/gql.ts';
import type { TestAppOptions } from '../helpers/test-app.ts';
import { setupAuthorizationTest } from '../authorizations/support.ts';
import type { WebhookEventType } from '../gql/graphql.ts';
import { CompleteOAuthOwner, CreateWebhook, RegisterWithOwner, StartOAuthWithOwner, Webhooks } from './documents.ts';

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

  /** A system-user authorization registered with an owner email (a fresh system user's token unless given). */
  async function registerOwned(ownerEmail: string, input: { label?: string; token?: string } = {}) {
    const token = input.token ?? s.systemUserToken().token;
    const { registerSystemUserToken: result } = await gql(
      s.app,
      RegisterWithOwner,
      { input: { label: input.label ?? 'Main BM', accessToken: token, businessId: s.business.id, ownerEmail } },
      { apiKey: s.apiKey },
    );
    if (result.__typename !== 'RegisterSystemUserTokenPayload') throw new Error(JSON.stringify(result));
    return { authorization: result.authorization, token };
  }

  /** A Facebook user's authorization with an owner email: startFacebookOAuth, then the dialog's code completes it. */
  async function connectOwned(userId: string, label: string, ownerEmail: string) {
    const { startFacebookOAuth: started } = await gql(s.app, StartOAuthWithOwner, { input: { label, ownerEmail } }, { apiKey: s.apiKey });
    if (started.__typename !== 'StartFacebookOAuthPayload') throw new Error(JSON.stringify(started));
    const code = s.codeFor(userId);
    const { completeFacebookOAuth: completed } = await gql(
      s.app,
      CompleteOAuthOwner,
      { input: { code, state: started.state } },
      { apiKey: s.apiKey },
    );
    if (completed.__typename !== 'CompleteFacebookOAuthPayload') throw new Error(JSON.stringify(completed));
    return { authorization: completed.authorization, code };
  }

  return { ...s, adminKey, createWebhook, webhooks, deliveryLog, registerOwned, connectOwned, worker: s.workers.deliveryWorker };
}
