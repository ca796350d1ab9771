// webhooks and Webhook.deliveries are counted connections, paged by keyset in SQL: pages neither skip
// nor repeat a row, also when rows share a creation time, and totalCount counts every row.
import { describe, expect, it } from 'vitest';
import { gql, gqlErrors } from '../helpers/gql.ts';
import { Webhooks } from './documents.ts';
import { setupNotificationTest, type NotificationTest } from './support.ts';

/** Every page of the workspace's webhooks, `first` at a time. */
async function allWebhookPages(s: NotificationTest, first: number) {
  const pages = [];
  let after: string | undefined;
  for (;;) {
    const { webhooks } = await gql(s.app, Webhooks, { first, after }, { apiKey: s.adminKey });
    pages.push(webhooks);
    if (!webhooks.pageInfo.hasNextPage) return pages;
    after = webhooks.pageInfo.endCursor!;
  }
}

/** The pages of the first webhook's delivery log, `first` at a time; `maxPages` at most, so that a cursor that never ends fails. */
async function deliveryLogPages(s: NotificationTest, first: number, maxPages: number) {
  const pages = [];
  let after: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const { webhooks } = await gql(s.app, Webhooks, { deliveriesFirst: first, deliveriesAfter: after }, { apiKey: s.adminKey });
    const log = webhooks.edges[0]!.node.deliveries;
    pages.push(log);
    if (!log.pageInfo.hasNextPage) break;
    after = log.pageInfo.endCursor!;
  }
  return pages;
}

const eventIdsOf = (pages: Awaited<ReturnType<typeof deliveryLogPages>>) =>
  pages.flatMap((page) => page.edges.map((edge) => edge.node.eventId));

describe('webhooks and their delivery log, paged', () => {
  it('pages the webhooks newest first with a total, ties on the creation time included', async () => {
    const s = await setupNotificationTest();
    const urls: string[] = [];
    for (let i = 0; i < 7; i++) {
      // Pairs of webhooks share a millisecond: the id orders them.
      if (i % 2 === 0) s.clock.advance(1000);
      urls.push((await s.createWebhook(`https://hooks.example.com/${i}`)).id);
    }
    const pages = await allWebhookPages(s, 3);
    expect(pages.map((page) => page.edges.length)).toEqual([3, 3, 1]);
    expect(pages.every((page) => page.totalCount === 7)).toBe(true);
    const listed = pages.flatMap((page) => page.edges.map((edge) => edge.node.id));
    expect(new Set(listed).size).toBe(7);
    expect([...listed].sort()).toEqual([...urls].sort());
    // Newest first: each pair shares a time, and the pairs come in reverse order of creation.
    const createdPair = (id: string) => Math.floor(urls.indexOf(id) / 2);
    expect(listed.map(createdPair)).toEqual([...listed.map(createdPair)].sort((a, b) => b - a));

    const otherAdmin = s.createApiKey({ role: 'ADMIN', workspace: 'Other' });
    const { webhooks: other } = await gql(s.app, Webhooks, {}, { apiKey: otherAdmin });
    expect(other).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
  });

  it('pages one webhook’s delivery log newest first, with the count of all its deliveries', async () => {
    const s = await setupNotificationTest();
    await s.createWebhook('https://hooks.example.com/log');
    const labels = ['first', 'second', 'third', 'fourth', 'fifth'];
    for (const label of labels) {
      s.clock.advance(1000);
      await s.registerSystemUser({ label });
    }
    const pages = await deliveryLogPages(s, 2, 10);
    for (const page of pages) expect(page.totalCount).toBe(5);
    const seen = eventIdsOf(pages);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const log = await s.deliveryLog();
    expect(seen).toEqual(log.map((delivery) => delivery.eventId));
    expect(log.map((delivery) => delivery.eventType)).toEqual(Array(5).fill('AUTHORIZATION_CREATED'));
  });

  it('leaves a delivery of an event type this version does not know out of the page and of the count alike', async () => {
    const s = await setupNotificationTest();
    await s.createWebhook('https://hooks.example.com/log');
    for (const label of ['first', 'second', 'third']) {
      s.clock.advance(1000);
      await s.registerSystemUser({ label });
    }
    // A newer gateway on the same database recorded the middle one under a type this version does not know.
    const [, middle] = await s.deliveryLog();
    s.database.sqlite.prepare("update events set type = 'authorization.from_the_future' where id = ?").run(middle!.eventId);
    const pages = await deliveryLogPages(s, 1, 5);
    for (const page of pages) expect(page.totalCount).toBe(2);
    const seen = eventIdsOf(pages);
    expect(seen).toHaveLength(2);
    expect(seen).not.toContain(middle!.eventId);
  });

  it('caps first at 100, and refuses last/before and a cursor it did not make', async () => {
    const s = await setupNotificationTest();
    for (let i = 0; i < 102; i++) await s.createWebhook(`https://hooks.example.com/${i}`);
    const { webhooks } = await gql(s.app, Webhooks, { first: 500, deliveriesFirst: 0 }, { apiKey: s.adminKey });
    expect(webhooks.edges).toHaveLength(100);
    expect(webhooks).toMatchObject({ totalCount: 102, pageInfo: { hasNextPage: true } });
    const forged = await gqlErrors(s.app, Webhooks, { after: 'not-a-cursor' }, { apiKey: s.adminKey });
    expect(forged.codes).toEqual(['BAD_USER_INPUT']);
  });
});
