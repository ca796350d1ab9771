import { describe, expect, it } from 'vitest';
import { setupSweepTest, type SweepTest } from './support.ts';

const DAY = 86_400_000;

/** The authorization.expiring events so far, as [kind, thresholdDays] pairs, oldest first. */
const warningsOf = (t: SweepTest, id: string) =>
  t
    .eventsOf(id)
    .filter((e) => e.type === 'authorization.expiring')
    .map((e) => [e.data.kind, e.data.thresholdDays]);

// Renewal would move these expiries away; these tests are about the warnings alone.
const noRenewal = { renewWithinDays: 0 };

describe('authorization.expiring', () => {
  it('is sent once at 7 days and once at 1 day before the token expires, however often the sweep runs', async () => {
    const t = await setupSweepTest();
    const [s] = t.seed({ count: 1, expiresInSeconds: 10 * 86_400, ownerEmail: 'owner@example.com' });
    const sweep = () => t.sweeper(noRenewal).run();

    await sweep();
    expect(warningsOf(t, s!.row.id)).toEqual([]);
    t.clock.advance(3.5 * DAY); // 6.5 days left
    await sweep();
    await sweep();
    expect(warningsOf(t, s!.row.id)).toEqual([['token', 7]]);
    t.clock.advance(5 * DAY); // 1.5 days left: nothing new
    await sweep();
    expect(warningsOf(t, s!.row.id)).toEqual([['token', 7]]);
    t.clock.advance(DAY); // 0.5 days left
    await sweep();
    await sweep();
    expect(warningsOf(t, s!.row.id)).toEqual([
      ['token', 7],
      ['token', 1],
    ]);
    const [first] = t.eventsOf(s!.row.id).filter((e) => e.type === 'authorization.expiring');
    expect(first).toMatchObject({
      actor: 'sweep',
      data: { label: s!.row.label, expiresAt: new Date(t.clock.now().getTime() + 0.5 * DAY).toISOString() },
    });
    // Each warning goes to the owner's address through the outbox.
    const emails = t.database.sqlite
      .prepare(
        "select count(*) as n from deliveries d join events e on e.id = d.event_id where e.type = 'authorization.expiring' and d.email_to = 'owner@example.com'",
      )
      .get() as { n: number };
    expect(emails.n).toBe(2);
  });

  it('a token first seen a day before its end gets one warning (the nearest threshold), never the 7-day one afterwards', async () => {
    const t = await setupSweepTest();
    const [s] = t.seed({ count: 1, expiresInSeconds: 0.5 * 86_400 });
    await t.sweeper(noRenewal).run();
    await t.sweeper(noRenewal).run();
    expect(warningsOf(t, s!.row.id)).toEqual([['token', 1]]);
  });

  it('data access is warned about on its own, and not once it has expired or the token is dead', async () => {
    const t = await setupSweepTest();
    const [soon, dead] = t.seed({ count: 2, expiresInSeconds: 0 });
    t.world.expireDataAccess(dead!.token);
    // The sandbox mints data access 90 days out: move to 3 days before that.
    t.clock.advance(87 * DAY);
    t.world.expireToken(dead!.token);
    await t.sweeper(noRenewal).run();
    expect(warningsOf(t, soon!.row.id)).toEqual([['data_access', 7]]);
    expect(warningsOf(t, dead!.row.id)).toEqual([]);
  });

  it('thresholds come from ADSAUTH_EXPIRY_WARNING_THRESHOLDS, and a renewed token with a new expiry is warned about again', async () => {
    const t = await setupSweepTest({ env: { ADSAUTH_EXPIRY_WARNING_THRESHOLDS: '3' } });
    const [s] = t.seed({ count: 1, expiresInSeconds: 2 * 86_400 });
    await t.sweeper(noRenewal).run();
    expect(warningsOf(t, s!.row.id)).toEqual([['token', 3]]);
    // Renewal gives the token a new 60-day expiry: 58 days later its 3-day warning goes out again.
    const renewed = await t.sweeper({ renewWithinDays: 14 }).run();
    expect(renewed).toMatchObject({ renewed: 1 });
    t.clock.advance(58 * DAY);
    await t.sweeper(noRenewal).run();
    expect(warningsOf(t, s!.row.id)).toEqual([
      ['token', 3],
      ['token', 3],
    ]);
  });

  it('go out even when throttling stops the sweep early: they need no Graph call', async () => {
    const t = await setupSweepTest();
    t.seed({ count: 60 });
    const [soon] = t.seed({ count: 1, expiresInSeconds: 5 * 86_400 });
    t.world.setThrottle({ appUsagePct: 96 });
    const outcome = await t.sweeper({ ...noRenewal, settings: { concurrency: 1, maxPauseWaitMs: 0 } }).run();
    expect(outcome).toMatchObject({ status: 'PAUSED', checked: 50, warningsSent: 1 });
    expect(warningsOf(t, soon!.row.id)).toEqual([['token', 7]]);
  });
});
