import { describe, expect, it } from 'vitest';
import { gql, gqlErrors } from '../helpers/gql.ts';
import { CreateWebhook, DeleteWebhook, WebhookNode, Webhooks } from './documents.ts';
import { setupNotificationTest } from './support.ts';

describe('createWebhook, webhooks, deleteWebhook', () => {
  it('returns the signing secret once; the listing and the database never show it', async () => {
    const s = await setupNotificationTest();
    const { createWebhook: created } = await gql(
      s.app,
      CreateWebhook,
      { input: { url: 'https://hooks.example.com/adsauth' } },
      { apiKey: s.adminKey },
    );
    if (created.__typename !== 'CreateWebhookPayload') throw new Error(JSON.stringify(created));
    expect(created.signingSecret).toMatch(/^whsec_/);
    expect(created.webhook).toMatchObject({
      url: 'https://hooks.example.com/adsauth',
      createdBy: 'ops',
      // None given: every notification type.
      eventTypes: [
        'AUTHORIZATION_CREATED',
        'AUTHORIZATION_DELETED',
        'AUTHORIZATION_STATE_CHANGED',
        'AUTHORIZATION_EXPIRING',
        'AD_ACCOUNTS_CHANGED',
      ],
    });
    const listing = await gql(s.app, Webhooks, {}, { apiKey: s.adminKey });
    expect(listing.webhooks.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ id: created.webhook.id, deliveries: expect.objectContaining({ totalCount: 0, edges: [] }) }),
    ]);
    expect(JSON.stringify(listing)).not.toContain(created.signingSecret);
    s.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(s.databaseFile).includes(Buffer.from(created.signingSecret))).toBe(false);
  });

  it('keeps the chosen event types, without repeats', async () => {
    const s = await setupNotificationTest();
    const { createWebhook: created } = await gql(
      s.app,
      CreateWebhook,
      {
        input: {
          url: 'https://hooks.example.com/a',
          eventTypes: ['AUTHORIZATION_STATE_CHANGED', 'AUTHORIZATION_EXPIRING', 'AUTHORIZATION_STATE_CHANGED'],
        },
      },
      { apiKey: s.adminKey },
    );
    expect(created).toMatchObject({ webhook: { eventTypes: ['AUTHORIZATION_STATE_CHANGED', 'AUTHORIZATION_EXPIRING'] } });
  });

  it.each([
    ['http://hooks.example.com/adsauth', /https/],
    ['ftp://hooks.example.com/adsauth', /https/],
    ['hooks.example.com/adsauth', /absolute URL/],
    ['https://user:pass@hooks.example.com/adsauth', /user name or password/],
    [`https://hooks.example.com/${'a'.repeat(2000)}`, /2000/],
  ])('refuses %s with a ValidationError on url', async (url, message) => {
    const s = await setupNotificationTest();
    const { createWebhook: result } = await gql(s.app, CreateWebhook, { input: { url } }, { apiKey: s.adminKey });
    expect(result).toMatchObject({ __typename: 'ValidationError', field: 'url' });
    expect(result.__typename === 'ValidationError' && result.message).toMatch(message);
    expect((await s.webhooks()).totalCount).toBe(0);
  });

  it.each(['http://127.0.0.1:8080/hook', 'http://localhost/hook', 'http://[::1]:9/hook'])(
    'accepts plain http on loopback: %s',
    async (url) => {
      const s = await setupNotificationTest();
      const { createWebhook: result } = await gql(s.app, CreateWebhook, { input: { url } }, { apiKey: s.adminKey });
      expect(result.__typename).toBe('CreateWebhookPayload');
    },
  );

  it('deletes a webhook; deleting it again, or one of another workspace, is NotFound', async () => {
    const s = await setupNotificationTest();
    const mine = await s.createWebhook('https://hooks.example.com/mine');
    const otherAdmin = s.createApiKey({ role: 'ADMIN', workspace: 'Other' });
    const theirs = await s.createWebhook('https://hooks.example.com/theirs', undefined, otherAdmin);
    const { deleteWebhook: foreign } = await gql(s.app, DeleteWebhook, { input: { id: theirs.id } }, { apiKey: s.adminKey });
    expect(foreign).toMatchObject({ __typename: 'NotFound' });
    const { deleteWebhook: deleted } = await gql(s.app, DeleteWebhook, { input: { id: mine.id } }, { apiKey: s.adminKey });
    expect(deleted).toEqual({ __typename: 'DeleteWebhookPayload', deletedWebhookId: mine.id });
    const { deleteWebhook: again } = await gql(s.app, DeleteWebhook, { input: { id: mine.id } }, { apiKey: s.adminKey });
    expect(again).toMatchObject({ __typename: 'NotFound' });
    expect((await s.webhooks()).totalCount).toBe(0);
    expect((await s.webhooks(otherAdmin)).nodes.map((w) => w.id)).toEqual([theirs.id]);
  });

  it('lists only the workspace own webhooks; node(id) of another workspace is null', async () => {
    const s = await setupNotificationTest();
    const mine = await s.createWebhook('https://hooks.example.com/mine');
    const otherAdmin = s.createApiKey({ role: 'ADMIN', workspace: 'Other' });
    await s.createWebhook('https://hooks.example.com/theirs', undefined, otherAdmin);
    expect((await s.webhooks()).nodes.map((w) => w.url)).toEqual(['https://hooks.example.com/mine']);
    expect((await gql(s.app, WebhookNode, { id: mine.id }, { apiKey: s.adminKey })).node).toEqual({
      __typename: 'Webhook',
      url: 'https://hooks.example.com/mine',
    });
    expect((await gql(s.app, WebhookNode, { id: mine.id }, { apiKey: otherAdmin })).node).toBeNull();
  });

  it('is ADMIN only: an EDITOR gets FORBIDDEN for each field, and nothing is created or deleted', async () => {
    const s = await setupNotificationTest();
    const existing = await s.createWebhook('https://hooks.example.com/existing');
    const editor = s.apiKey;
    const create = await gqlErrors(s.app, CreateWebhook, { input: { url: 'https://hooks.example.com/x' } }, { apiKey: editor });
    const remove = await gqlErrors(s.app, DeleteWebhook, { input: { id: existing.id } }, { apiKey: editor });
    const list = await gqlErrors(s.app, Webhooks, {}, { apiKey: editor });
    const node = await gqlErrors(s.app, WebhookNode, { id: existing.id }, { apiKey: editor });
    for (const result of [create, remove, list, node]) expect(result.codes).toEqual(['FORBIDDEN']);
    expect((await s.webhooks()).nodes.map((w) => w.url)).toEqual(['https://hooks.example.com/existing']);
  });
});
