import { decodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { RefreshAuthorization } from '../authorizations/documents.ts';
import { verifySignature } from '../../src/services/notifications/webhook-signature.ts';
import { DeleteAuthorizationForEvents, DeleteWebhook } from './documents.ts';
import { startReceiver } from './receiver.ts';
import { setupNotificationTest } from './support.ts';

describe('webhook deliveries', () => {
  it('POSTs a signed JSON body for authorization.created that the receiver verifies; a tampered body fails', async () => {
    const s = await setupNotificationTest();
    const receiver = await startReceiver();
    const webhook = await s.createWebhook(receiver.url);
    receiver.verifyWith(webhook.secret);
    const { authorization, token } = await s.registerSystemUser({ label: 'Main BM' });
    expect(await s.worker.runOnce()).toBe(1);

    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(delivery!.signatureValid).toBe(true);
    expect(delivery!.headers['content-type']).toBe('application/json');
    expect(delivery!.headers['adsauth-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const timestamp = Number(/t=(\d+)/.exec(delivery!.headers['adsauth-signature'] as string)![1]);
    expect(timestamp).toBe(Math.floor(s.clock.now().getTime() / 1000));
    expect(delivery!.json).toEqual({
      id: delivery!.headers['adsauth-event-id'],
      type: 'authorization.created',
      occurredAt: s.clock.now().toISOString(),
      workspaceId: expect.any(String),
      authorizationId: authorization.id,
      actor: 'dashboard',
      data: expect.objectContaining({ label: 'Main BM', method: 'SYSTEM_USER', state: 'VALID' }),
    });
    expect(decodeGlobalID(delivery!.json.workspaceId as string).typename).toBe('Workspace');
    expect(delivery!.headers['adsauth-event-type']).toBe('authorization.created');
    expect(delivery!.body).not.toContain(token);

    const tampered = delivery!.body.replace('Main BM', 'Evil BM');
    const header = delivery!.headers['adsauth-signature'] as string;
    expect(verifySignature({ header, body: tampered, secret: webhook.secret, nowSeconds: timestamp })).toBe(false);
    expect(verifySignature({ header, body: delivery!.body, secret: 'whsec_wrong', nowSeconds: timestamp })).toBe(false);

    const [logged] = await s.deliveryLog();
    expect(logged).toMatchObject({
      eventId: delivery!.json.id,
      eventType: 'AUTHORIZATION_CREATED',
      authorizationId: authorization.id,
      status: 'DELIVERED',
      attempts: 1,
      lastError: null,
      lastHttpStatus: 200,
      nextAttemptAt: null,
      deliveredAt: s.clock.now().toISOString(),
    });
    // Delivered rows are not sent again.
    expect(await s.worker.runOnce()).toBe(0);
  });

  it('sends only the subscribed event types: state_changed and deleted, not created', async () => {
    const s = await setupNotificationTest();
    const receiver = await startReceiver();
    await s.createWebhook(receiver.url, ['AUTHORIZATION_STATE_CHANGED', 'AUTHORIZATION_DELETED']);
    const { authorization, token } = await s.registerSystemUser({ label: 'Main BM' });
    s.world.expireToken(token);
    await gql(s.app, RefreshAuthorization, { input: { id: authorization.id } }, { apiKey: s.apiKey });
    await gql(s.app, DeleteAuthorizationForEvents, { input: { id: authorization.id } }, { apiKey: s.apiKey });
    await s.worker.runOnce();
    expect(receiver.received.map((d) => d.json.type)).toEqual(['authorization.state_changed', 'authorization.deleted']);
    expect(receiver.received[0]!.json.data).toMatchObject({
      label: 'Main BM',
      from: 'VALID',
      to: 'EXPIRED',
      reason: expect.stringMatching(/expired/),
    });
    for (const delivery of receiver.received) expect(delivery.body).not.toContain(token);
  });

  it("a webhook receives only its own workspace's events", async () => {
    const s = await setupNotificationTest();
    const ours = await startReceiver();
    const theirs = await startReceiver();
    await s.createWebhook(ours.url);
    const otherAdmin = s.createApiKey({ role: 'ADMIN', workspace: 'Other' });
    const otherEditor = s.createApiKey({ role: 'EDITOR', workspace: 'Other', name: 'other dashboard' });
    await s.createWebhook(theirs.url, undefined, otherAdmin);
    const mine = await s.registerSystemUser({ label: 'Ours' });
    const other = await s.registerSystemUser({ label: 'Theirs', apiKey: otherEditor });
    await s.worker.runOnce();
    expect(ours.received.map((d) => d.json.authorizationId)).toEqual([mine.authorization.id]);
    expect(theirs.received.map((d) => d.json.authorizationId)).toEqual([other.authorization.id]);
    expect(theirs.received[0]!.json.actor).toBe('other dashboard');
  });

  it('deleting a webhook drops its pending deliveries', async () => {
    const s = await setupNotificationTest();
    const receiver = await startReceiver();
    const webhook = await s.createWebhook(receiver.url);
    await s.registerSystemUser();
    await gql(s.app, DeleteWebhook, { input: { id: webhook.id } }, { apiKey: s.adminKey });
    expect(await s.worker.runOnce()).toBe(0);
    expect(receiver.received).toEqual([]);
  });
});
