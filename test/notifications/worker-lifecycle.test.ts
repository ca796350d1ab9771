import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { createApp } from '../../src/app.ts';
import { createDeliveryRepository } from '../../src/repositories/deliveries.ts';
import type { Timers } from '../../src/services/notifications/webhook-sender.ts';
import { eventually, startReceiver } from './receiver.ts';
import { setupNotificationTest, type NotificationTest } from './support.ts';

const HOUR = 3_600_000;

/** A second app over the same database file, as a restarted process would be. */
function restartedApp(s: NotificationTest) {
  const database = openDatabase(s.databaseFile);
  onTestFinished(() => database.close());
  return createApp({ database, clock: s.clock, config: s.config, facebook: s.facebook, log: s.logs.log, fetch: globalThis.fetch });
}

/** Timers that only fire when the test says so, remembering what was asked for. */
function manualTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const timers: Timers = {
    setTimeout: (callback, ms) => (pending.set(++next, { callback, ms }), next),
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  return {
    timers,
    delays: () => [...pending.values()].map((t) => t.ms),
    fireAll: () => {
      const due = [...pending.values()];
      pending.clear();
      due.forEach((t) => t.callback());
    },
  };
}

describe('the delivery worker over time', () => {
  it('a restart loses nothing: stopped with rows pending, a new app on the same file delivers every event', async () => {
    const s = await setupNotificationTest();
    const receiver = await startReceiver(() => 503);
    await s.createWebhook(receiver.url);
    s.worker.start();
    for (let i = 0; i < 3; i++) await s.registerSystemUser({ label: `Account ${i}` });
    // The running worker woke on each event and tried each once; the endpoint was down.
    await eventually(() => receiver.received.length >= 3);
    await s.worker.stop();
    const ids = new Set(receiver.eventIds());
    expect(ids.size).toBe(3);
    expect((await s.deliveryLog()).map((d) => d.status)).toEqual(Array(3).fill('PENDING'));
    const triedBeforeStop = receiver.received.length;
    // Stopped means stopped: an event recorded now is not delivered by it.
    await s.registerSystemUser({ label: 'After stop' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(receiver.received.length).toBe(triedBeforeStop);

    receiver.answer(() => 200);
    s.clock.advance(HOUR);
    const restarted = restartedApp(s);
    restarted.workers.deliveryWorker.start();
    onTestFinished(() => restarted.workers.deliveryWorker.stop());
    await eventually(async () => (await s.deliveryLog()).every((d) => d.status === 'DELIVERED'));
    expect(receiver.received.length).toBe(triedBeforeStop + 4);
    expect(new Set(receiver.eventIds()).size).toBe(4);
    for (const id of ids) expect(receiver.eventIds()).toContain(id);
  });

  it('a delivery claimed by a worker that died is retried once its lease has run out', async () => {
    const s = await setupNotificationTest();
    const receiver = await startReceiver();
    await s.createWebhook(receiver.url);
    await s.registerSystemUser();
    const deliveries = createDeliveryRepository(s.database.db);
    const [row] = deliveries.due(s.clock.now(), 10);
    // What a worker does just before it POSTs; this one then "crashes".
    expect(deliveries.claim(row!, new Date(s.clock.now().getTime() + 40_000))).toBe(true);
    expect(deliveries.claim(row!, new Date(s.clock.now().getTime() + 40_000))).toBe(false);
    const other = restartedApp(s).workers.deliveryWorker;
    expect(await other.runOnce()).toBe(0);
    s.clock.advance(40_000);
    expect(await other.runOnce()).toBe(1);
    expect(receiver.received).toHaveLength(1);
  });

  it('wakes on a recorded event without waiting for the poll interval', async () => {
    const s = await setupNotificationTest();
    const receiver = await startReceiver();
    await s.createWebhook(receiver.url);
    const worker = s.app.newDeliveryWorker({ settings: { pollIntervalMs: HOUR } });
    worker.start();
    onTestFinished(() => worker.stop());
    await s.registerSystemUser();
    // Its next poll is an hour away, so a delivery at all shows that it woke on the event.
    await eventually(() => receiver.received.length === 1);
  });

  it('polls: sleeps until the next retry is due (capped at the poll interval), and delivers when the timer fires', async () => {
    const s = await setupNotificationTest();
    const receiver = await startReceiver((index) => (index === 0 ? 500 : 200));
    await s.createWebhook(receiver.url);
    await s.registerSystemUser();
    const manual = manualTimers();
    // The attempt timeout runs on these timers too: 7 s tells it apart from the waits below.
    const worker = s.app.newDeliveryWorker({
      timers: manual.timers,
      random: () => 1,
      settings: { pollIntervalMs: 60_000, attemptTimeoutMs: 7_000 },
    });
    worker.start();
    onTestFinished(() => worker.stop());
    await eventually(async () => (await s.deliveryLog())[0]!.attempts === 1 && manual.delays().length === 1);
    // Failed once: the retry is due in 10 s (random = 1), sooner than the 60 s poll.
    expect(manual.delays()).toEqual([10_000]);
    s.clock.advance(10_000);
    manual.fireAll();
    await eventually(async () => (await s.deliveryLog())[0]!.status === 'DELIVERED' && manual.delays().length === 1);
    // Nothing pending: the next look is the poll interval away.
    expect(manual.delays()).toEqual([60_000]);
    expect((await s.deliveryLog())[0]).toMatchObject({ status: 'DELIVERED', attempts: 2 });
  });
});
