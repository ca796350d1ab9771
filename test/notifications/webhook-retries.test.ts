import { describe, expect, it } from 'vitest';
import { startReceiver } from './receiver.ts';
import { setupNotificationTest, type NotificationTest } from './support.ts';

const HOUR = 3_600_000;

/** Moves the test clock to the next attempt of the only pending delivery and runs the worker. */
async function nextAttempt(s: NotificationTest) {
  const [pending] = await s.deliveryLog();
  s.clock.set(pending!.nextAttemptAt!);
  return s.worker.runOnce();
}

describe('retries', () => {
  it('retries after 500s with growing backoff, then succeeds; the log tells each step; the event id stays the same', async () => {
    const s = await setupNotificationTest();
    const receiver = await startReceiver((index) => (index < 3 ? 500 : 204));
    await s.createWebhook(receiver.url);
    await s.registerSystemUser();
    const eventAt = s.clock.now().getTime();

    await s.worker.runOnce();
    const waits: number[] = [];
    for (let failures = 1; failures <= 3; failures++) {
      const [row] = await s.deliveryLog();
      expect(row).toMatchObject({ status: 'PENDING', attempts: failures, lastError: 'HTTP 500', lastHttpStatus: 500, deliveredAt: null });
      waits.push(new Date(row!.nextAttemptAt!).getTime() - s.clock.now().getTime());
      // Nothing is sent before its time.
      expect(await s.worker.runOnce()).toBe(0);
      await nextAttempt(s);
    }
    expect(waits[0]).toBeGreaterThanOrEqual(5_000);
    expect(waits[1]).toBeGreaterThan(waits[0]! - 1);
    expect(waits[2]).toBeGreaterThan(waits[1]! - 1);
    expect(waits[2]).toBeGreaterThanOrEqual(20_000);

    const [done] = await s.deliveryLog();
    expect(done).toMatchObject({ status: 'DELIVERED', attempts: 4, lastError: null, lastHttpStatus: 204, nextAttemptAt: null });
    expect(new Date(done!.deliveredAt!).getTime()).toBeGreaterThan(eventAt);
    expect(receiver.received).toHaveLength(4);
    expect(new Set(receiver.eventIds()).size).toBe(1);
    expect(new Set(receiver.received.map((d) => d.headers['adsauth-event-id'])).size).toBe(1);
  });

  it('is FAILED once the endpoint has failed for 24 h after the event, with the last try at the end of the window', async () => {
    const s = await setupNotificationTest();
    const receiver = await startReceiver(() => 503);
    await s.createWebhook(receiver.url);
    await s.registerSystemUser();
    const eventAt = s.clock.now().getTime();
    await s.worker.runOnce();
    let tries = 1;
    for (; tries < 200; tries++) {
      const [row] = await s.deliveryLog();
      if (row!.status !== 'PENDING') break;
      await nextAttempt(s);
    }
    const [failed] = await s.deliveryLog();
    expect(failed).toMatchObject({ status: 'FAILED', lastError: 'HTTP 503', lastHttpStatus: 503, nextAttemptAt: null, deliveredAt: null });
    expect(s.clock.now().getTime()).toBe(eventAt + 24 * HOUR);
    expect(failed!.attempts).toBe(receiver.received.length);
    // 10 s doubling to a 1 h cap: about 30 attempts in a day, not hundreds.
    expect(failed!.attempts).toBeGreaterThan(20);
    expect(failed!.attempts).toBeLessThan(60);
    s.clock.advance(48 * HOUR);
    expect(await s.worker.runOnce()).toBe(0);
    expect(s.logs.records.some((r) => r.msg?.includes('FAILED'))).toBe(true);
  });

  it('records a timeout, a refused connection and a redirect as failures without following it', async () => {
    const s = await setupNotificationTest();
    const hanging = await startReceiver(() => 'hang');
    const redirecting = await startReceiver(() => 302);
    const closed = await startReceiver();
    await closed.close();
    for (const url of [hanging.url, redirecting.url, closed.url]) await s.createWebhook(url);
    await s.registerSystemUser();
    // Long enough for the redirect and the refusal to answer on a busy machine; the hanging receiver waits it out.
    const worker = s.app.newDeliveryWorker({ settings: { attemptTimeoutMs: 2000 } });
    expect(await worker.runOnce()).toBe(3);
    const { nodes } = await s.webhooks();
    const byUrl = Object.fromEntries(nodes.map((w) => [w.url, w.deliveries.edges[0]!.node]));
    expect(byUrl[hanging.url]).toMatchObject({ status: 'PENDING', lastError: 'no answer within 2000 ms', lastHttpStatus: null });
    expect(byUrl[redirecting.url]).toMatchObject({
      status: 'PENDING',
      lastError: 'HTTP 302 (redirects are not followed)',
      lastHttpStatus: 302,
    });
    expect(byUrl[closed.url]).toMatchObject({ status: 'PENDING', lastError: 'could not connect: ECONNREFUSED', lastHttpStatus: null });
    expect(redirecting.received).toHaveLength(1);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const s = await setupNotificationTest();
    const receiver = await startReceiver();
    receiver.delay(40);
    await s.createWebhook(receiver.url);
    for (let i = 0; i < 6; i++) await s.registerSystemUser();
    const worker = s.app.newDeliveryWorker({ settings: { concurrency: 2 } });
    expect(await worker.runOnce()).toBe(6);
    expect(receiver.received).toHaveLength(6);
    expect(receiver.maxInFlight()).toBe(2);
  });
});
