import { describe, expect, it } from 'vitest';
import { openToken } from '../../src/services/kernel/sealed-tokens.ts';
import { setupLiveSweep } from './live-support.ts';
import { setupSweepTest } from './support.ts';

const DAY = 86_400_000;

describe('renewal of 60-day tokens before they expire', () => {
  it('a user token is exchanged again while valid: the new one is sealed into the same row with a token_replaced event', async () => {
    const t = await setupSweepTest();
    const [due, never] = t.seed({ count: 2, expiresInSeconds: 10 * 86_400 });
    const [later] = t.seed({ count: 1, expiresInSeconds: 40 * 86_400 }); // not due yet (14 days before)
    t.world.resetCalls();

    t.world.expireToken(never!.token); // an expired token cannot be exchanged (docs/graph-api.md "Long-lived tokens")
    const outcome = await t.sweeper().run();

    expect(outcome).toMatchObject({ renewed: 1, renewalsNotExtended: 0, renewalsFailed: 0 });
    expect(t.world.counters().byEndpoint['POST oauth/access_token']).toBe(1);
    const row = t.row(due!.row.id);
    const stored = openToken(t.kernel.cipher, row);
    expect(stored).not.toBe(due!.token);
    expect(row.tokenFingerprint).not.toBe(due!.row.tokenFingerprint);
    expect(t.world.tokenInfo(stored)).toMatchObject({ type: 'USER', userId: due!.userId, invalidation: undefined });
    expect(row.expiresAt!.getTime()).toBe(t.clock.now().getTime() + 60 * DAY);
    expect(row).toMatchObject({ state: 'VALID', id: due!.row.id, label: due!.row.label });
    const replaced = t.eventsOf(due!.row.id).filter((e) => e.type === 'authorization.token_replaced');
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).toMatchObject({
      actor: 'sweep',
      data: { fingerprintBefore: due!.row.tokenFingerprint, fingerprintAfter: row.tokenFingerprint },
    });
    expect(openToken(t.kernel.cipher, t.row(later!.row.id))).toBe(later!.token);
    // The renewed token is what the next sweep checks: still one renewal in total, and it is valid.
    const again = await t.sweeper().run();
    expect(again).toMatchObject({ renewed: 0, changed: 0, failed: 0 });
  });

  it('a 60-day system-user token gets the docs/graph-api.md "System-user tokens" refresh: a new 60-day token counted from now, in the same row', async () => {
    const t = await setupSweepTest();
    const [s] = t.seed({ count: 1, kind: 'SYSTEM_USER', scopes: ['ads_management', 'business_management'], expiresInSeconds: 5 * 86_400 });
    t.clock.advance(DAY);

    const outcome = await t.sweeper().run();

    expect(outcome).toMatchObject({ renewed: 1, renewalsNotExtended: 0 });
    const row = t.row(s!.row.id);
    const stored = openToken(t.kernel.cipher, row);
    expect(t.world.tokenInfo(stored)).toMatchObject({
      type: 'SYSTEM_USER',
      userId: s!.userId,
      expiresAt: (t.clock.now().getTime() + 60 * DAY) / 1000,
    });
    expect(row).toMatchObject({ method: 'SYSTEM_USER', state: 'VALID', expiresAt: new Date(t.clock.now().getTime() + 60 * DAY) });
  });

  it('a refresh that does not move expires_at keeps the old token and is reported as such, never as a renewal', async () => {
    // Graph's clock runs 50 days behind ours, so the "new 60-day token" ends when the old one does.
    let graphBehindMs = 0;
    const clockRef: { now?: () => Date } = {};
    const t = await setupSweepTest({ graph: { sandbox: { now: () => clockRef.now!().getTime() - graphBehindMs } } });
    clockRef.now = () => t.clock.now();
    const [s] = t.seed({ count: 1, expiresInSeconds: 10 * 86_400 });
    graphBehindMs = 50 * DAY;

    const outcome = await t.sweeper().run();

    expect(outcome).toMatchObject({ renewed: 0, renewalsNotExtended: 1, renewalsFailed: 0 });
    const row = t.row(s!.row.id);
    expect(openToken(t.kernel.cipher, row)).toBe(s!.token);
    expect(row.expiresAt).toEqual(s!.row.expiresAt);
    const events = t.eventsOf(s!.row.id);
    expect(events.filter((e) => e.type === 'authorization.token_replaced')).toEqual([]);
    const reported = events.filter((e) => e.type === 'authorization.check_failed');
    expect(reported).toHaveLength(1);
    expect(reported[0]!.data).toMatchObject({
      errorClass: 'RENEWAL_NOT_EXTENDED',
      message: expect.stringMatching(/did not extend the expiry/),
    });
    expect(t.logs.records.some((r) => r.msg === 'token renewal: not every due token got a later expiry')).toBe(true);
  });

  for (const [kind, flag] of [
    ['SYSTEM_USER', 'true'],
    ['USER', null],
  ] as const) {
    it(`asks Graph for fb_exchange_token ${flag ? 'with' : 'without'} set_token_expires_in_60_days for a ${kind} token (docs/graph-api.md "System-user tokens")`, async () => {
      const live = await setupLiveSweep({ count: 1, kind, scopes: ['ads_management'], expiresInSeconds: 5 * 86_400 });
      const exchanges: URLSearchParams[] = [];
      // The real fetch, noting the exchange requests' form bodies on the way (they never leave the test).
      const { app } = live.appOnSameFile({
        fetch: async (input, init) => {
          if (String(input).includes('/oauth/access_token')) exchanges.push(new URLSearchParams(String(init?.body)));
          return fetch(input, init);
        },
      });
      const outcome = await app.workers.sweep.run();
      expect(outcome).toMatchObject({ renewed: 1 });
      expect(exchanges.map((p) => [p.get('grant_type'), p.get('set_token_expires_in_60_days')])).toEqual([['fb_exchange_token', flag]]);
    });
  }
});
