// Webhook URLs that cannot reach inside: refused at createWebhook, and again when each delivery
// connects (so DNS rebinding fails too), unless ADSAUTH_WEBHOOK_ALLOW_PRIVATE (the sandbox default).
import { isIP } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { createApp } from '../../src/app.ts';
import type { ResolveHost } from '../../src/services/notifications/webhook-url-guard.ts';
import { gql } from '../helpers/gql.ts';
import { CreateWebhook } from './documents.ts';
import { startReceiver } from './receiver.ts';
import { setupNotificationTest, type NotificationTest } from './support.ts';

const GUARDED = { env: { ADSAUTH_WEBHOOK_ALLOW_PRIVATE: 'false' } };
const PUBLIC_ADDRESS = '93.184.215.14';
const HOUR = 3_600_000;

/** A DNS server the test controls: records can change between creation and delivery, as in a rebinding attack. */
function controlledDns(records: Record<string, string[]>) {
  const asked: string[] = [];
  const resolveHost: ResolveHost = async (hostname) => {
    asked.push(hostname);
    const addresses = records[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: isIP(address) }));
  };
  return { records, asked, resolveHost };
}

/** Another app over the same database (as another process would be), with the guard on or off and its own resolver. */
function appOverSameDatabase(s: NotificationTest, options: { allowPrivate: boolean; resolveHost?: ResolveHost }) {
  const database = openDatabase(s.databaseFile);
  onTestFinished(() => database.close());
  const config = { ...s.config, webhooks: { allowPrivate: options.allowPrivate } };
  const deliveryWorker = options.resolveHost ? { resolveHost: options.resolveHost } : {};
  return createApp({ database, clock: s.clock, config, facebook: s.facebook, log: s.logs.log, fetch: globalThis.fetch, deliveryWorker });
}

async function createWebhookResult(app: Parameters<typeof gql>[0], url: string, apiKey: string) {
  return (await gql(app, CreateWebhook, { input: { url } }, { apiKey })).createWebhook;
}

const PRIVATE_URLS = [
  // from the issue
  'https://169.254.169.254/latest/meta-data/',
  'https://10.0.0.1:8443/',
  'http://0x7f000001/',
  'http://2130706433/',
  'http://127.1/',
  // other spellings of loopback
  'https://0177.0.0.1/hook',
  'https://127.0.0.1/hook',
  'https://localhost/hook',
  'https://hooks.localhost/hook',
  'https://LOCALHOST./hook',
  'https://[::1]/hook',
  'https://[::ffff:127.0.0.1]/hook',
  'https://[::ffff:7f00:1]/hook',
  'https://[64:ff9b::7f00:1]/hook',
  // the other kinds of private address
  'https://172.16.0.1/hook',
  'https://192.168.1.10/hook',
  'https://0xa9fea9fe/hook',
  'https://100.64.0.1/hook',
  'https://224.0.0.1/hook',
  'https://255.255.255.255/hook',
  'https://0.0.0.0/hook',
  'https://0/hook',
  'https://[::]/hook',
  'https://198.18.0.1/hook',
  'https://[fe80::1]/hook',
  'https://[fd00::1]/hook',
  'https://[::ffff:10.0.0.1]/hook',
];

describe('webhook URLs on private addresses, with ADSAUTH_WEBHOOK_ALLOW_PRIVATE=false', () => {
  it('createWebhook refuses every spelling of a private address with a ValidationError on url, and stores nothing', async () => {
    const s = await setupNotificationTest(GUARDED);
    expect(s.config.webhooks.allowPrivate).toBe(false);
    for (const url of PRIVATE_URLS) {
      const result = await createWebhookResult(s.app, url, s.adminKey);
      expect(result, url).toMatchObject({ __typename: 'ValidationError', field: 'url' });
      expect(result.__typename === 'ValidationError' && result.message, url).toMatch(/^url: is or resolves to a private address/);
    }
    expect((await s.webhooks()).totalCount).toBe(0);
  });

  it('refuses a name when any address it resolves to is private; accepts public names, and names that do not resolve yet', async () => {
    const s = await setupNotificationTest(GUARDED);
    const dns = controlledDns({
      'internal.example.net': ['10.1.2.3'],
      'mixed.example.net': [PUBLIC_ADDRESS, '192.168.0.7'],
      'metadata.example.net': ['::ffff:169.254.169.254'],
      'ula.example.net': ['fd12::1'],
      'hooks.example.net': [PUBLIC_ADDRESS, '2606:2800:220:1:248:1893:25c8:1946'],
    });
    const guarded = appOverSameDatabase(s, { allowPrivate: false, resolveHost: dns.resolveHost });
    for (const host of ['internal.example.net', 'mixed.example.net', 'metadata.example.net', 'ula.example.net']) {
      const result = await createWebhookResult(guarded, `https://${host}/hook`, s.adminKey);
      expect(result, host).toMatchObject({
        __typename: 'ValidationError',
        field: 'url',
        message: expect.stringMatching(/resolves to a private address/),
      });
      // The message does not tell which internal address the name has.
      expect(result.__typename === 'ValidationError' && result.message, host).not.toMatch(/10\.1\.2\.3|192\.168|169\.254|fd12/);
    }
    expect((await createWebhookResult(guarded, 'https://hooks.example.net/hook', s.adminKey)).__typename).toBe('CreateWebhookPayload');
    // Not resolvable now says nothing about later; every delivery checks the address it connects to.
    expect((await createWebhookResult(guarded, 'https://not-yet.example.net/hook', s.adminKey)).__typename).toBe('CreateWebhookPayload');
    expect(dns.asked).toContain('not-yet.example.net');
    // Plain http is for development on this machine only.
    const plain = await createWebhookResult(guarded, 'http://hooks.example.net/hook', s.adminKey);
    expect(plain).toMatchObject({ __typename: 'ValidationError', field: 'url', message: 'url: must use https' });
  });

  it('with the real resolver: public URLs are accepted (whether or not this machine can resolve them)', async () => {
    const s = await setupNotificationTest(GUARDED);
    for (const url of ['https://example.com/', `https://${PUBLIC_ADDRESS}/hook`, 'https://[2606:4700:4700::1111]/hook']) {
      expect((await createWebhookResult(s.app, url, s.adminKey)).__typename, url).toBe('CreateWebhookPayload');
    }
  });

  it('a stored URL on 127.0.0.1 is blocked when the guard is on: nothing is sent, FAILED at once with "blocked: private address"', async () => {
    // Created while private addresses were allowed (sandbox mode), then served with the guard on.
    const s = await setupNotificationTest();
    const receiver = await startReceiver((index) => (index === 0 ? 200 : 418));
    await s.createWebhook(receiver.url);
    await s.registerSystemUser();
    expect(await s.worker.runOnce()).toBe(1);
    expect(receiver.received).toHaveLength(1);
    const connectionsBefore = receiver.connections();

    await s.registerSystemUser();
    const guarded = appOverSameDatabase(s, { allowPrivate: false });
    expect(await guarded.workers.deliveryWorker.runOnce()).toBe(1);
    expect(receiver.connections()).toBe(connectionsBefore);
    expect(receiver.received).toHaveLength(1);
    // Both events happened at the same (fixed) test time, so the log's order between them is not defined.
    const log = await s.deliveryLog();
    expect(log).toHaveLength(2);
    const delivered = log.find((row) => row.status === 'DELIVERED');
    const blocked = log.find((row) => row.status !== 'DELIVERED');
    expect(delivered).toMatchObject({ status: 'DELIVERED', lastHttpStatus: 200 });
    // What the internal service would have answered (418) never reaches the log.
    expect(blocked).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      lastError: 'blocked: private address',
      lastHttpStatus: null,
      nextAttemptAt: null,
    });
    expect(s.logs.records.some((r) => r.msg === 'notification FAILED: not retried')).toBe(true);
    // Not retried later either: waiting does not make the address allowed.
    s.clock.advance(HOUR);
    expect(await guarded.workers.deliveryWorker.runOnce()).toBe(0);
    expect(receiver.connections()).toBe(connectionsBefore);
  });

  it('DNS rebinding: a name that was public at createWebhook and points at 127.0.0.1 at delivery is refused when connecting', async () => {
    const s = await setupNotificationTest(GUARDED);
    const receiver = await startReceiver();
    const dns = controlledDns({ 'hooks.rebind.example': [PUBLIC_ADDRESS] });
    const guarded = appOverSameDatabase(s, { allowPrivate: false, resolveHost: dns.resolveHost });
    const created = await createWebhookResult(guarded, `https://hooks.rebind.example:${receiver.port}/hooks/adsauth`, s.adminKey);
    expect(created.__typename).toBe('CreateWebhookPayload');
    dns.records['hooks.rebind.example'] = ['127.0.0.1'];
    await s.registerSystemUser();

    // Without the guard the same row, through the same DNS, does reach the receiver on 127.0.0.1 (its
    // plain-http server refuses the TLS hello, so the attempt fails and stays PENDING): the name really
    // leads inside, and only the guard stands in the way below.
    const unguarded = appOverSameDatabase(s, { allowPrivate: true, resolveHost: dns.resolveHost });
    expect(await unguarded.workers.deliveryWorker.runOnce()).toBe(1);
    expect(receiver.connections()).toBe(1);
    const [first] = await s.deliveryLog();
    expect(first).toMatchObject({ status: 'PENDING', lastError: expect.stringMatching(/^could not connect/) });

    s.clock.set(first!.nextAttemptAt!);
    const asked = dns.asked.length;
    expect(await guarded.workers.deliveryWorker.runOnce()).toBe(1);
    // The name was resolved again when connecting, and the answer refused before any connection.
    expect(dns.asked.slice(asked)).toEqual(['hooks.rebind.example']);
    expect(receiver.connections()).toBe(1);
    const [second] = await s.deliveryLog();
    expect(second).toMatchObject({
      status: 'FAILED',
      attempts: 2,
      lastError: 'blocked: private address',
      lastHttpStatus: null,
      nextAttemptAt: null,
    });
  });
});
