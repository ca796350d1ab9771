import { describe, expect, it } from 'vitest';
import { expectCountersMatchSandbox, setupAccessLevelTest } from './support.ts';

const DAY = 86_400_000;

describe('upgrade progress from adsauth’s own call counters', () => {
  it('counts a scripted run of calls and errors per day, shows BASIC progress, and forgets days older than 30', async () => {
    const s = await setupAccessLevelTest({ sandboxTier: 'development_access' });
    // The first Query.app reads the app's permissions from Graph while apiUsage is counted: do it first.
    await s.queryApp();
    const { authorization, accountIds } = await s.systemUserWithAccounts(3);
    const stranger = s.world.createAdAccount({ name: 'Nobody gave us this one' }).accountId;
    const day1 = s.clock.now().toISOString().slice(0, 10);

    // Day 1: 10 calls, two of them answered 500 once (then retried), and 2 calls the token cannot make (100/33).
    s.world.setFaults({ scripted: [3, 7].map((onCall) => ({ pathIncludes: 'act_', onCall, fault: 'http500' as const })) });
    for (let i = 0; i < 10; i++)
      expect((await s.callAccount(authorization.id, accountIds[i % 3]!)).__typename).toBe('RefreshAdAccountPayload');
    for (let i = 0; i < 2; i++) expect((await s.callAccount(authorization.id, stranger)).__typename).toBe('NotFound');
    const day1Usage = (await s.queryApp()).apiUsage;
    expectCountersMatchSandbox(s, day1Usage);
    const setupCalls = day1Usage.calls - 14;
    expect(day1Usage.errors).toBe(4);

    // Day 2: 5 more calls, no errors.
    s.clock.advance(DAY);
    const day2 = s.clock.now().toISOString().slice(0, 10);
    for (let i = 0; i < 5; i++) await s.callAccount(authorization.id, accountIds[0]!);

    const app = await s.queryApp();
    const calls = setupCalls + 14 + 5;
    expect(app.apiUsage).toMatchObject({ windowDays: 30, calls, errors: 4, errorRate: 4 / calls });
    expect(app.apiUsage.days).toHaveLength(30);
    expect(app.apiUsage.days.slice(-3)).toEqual([
      { day: new Date(Date.parse(day1) - DAY).toISOString().slice(0, 10), calls: 0, errors: 0 },
      { day: day1, calls: setupCalls + 14, errors: 4 },
      { day: day2, calls: 5, errors: 0 },
    ]);
    expectCountersMatchSandbox(s, app.apiUsage);
    expect(app.accessLevel.tier).toBe('DEVELOPMENT');
    expect(app.accessLevel.nextTier).toBe('BASIC');
    expect(app.accessLevel.upgradeCriteria[0]).toEqual({
      description: 'At least 1000 API calls with an error rate below 10% in the last 30 days.',
      measurable: true,
      met: false,
      progress: `${calls} / 1000 calls, ${((4 / calls) * 100).toFixed(1)}% errors`,
    });
    expect(
      app.accessLevel.upgradeCriteria
        .filter((c) => !c.measurable)
        .map((c) => c.description)
        .join(' '),
    ).toMatch(/ad review.*login flow/s);

    // 29 days after day 2, day 1 falls out of the 30-day window.
    s.clock.advance(29 * DAY);
    const later = await s.queryApp();
    expect(later.apiUsage).toMatchObject({ calls: 5, errors: 0, errorRate: 0 });
    expect(later.apiUsage.days[0]).toEqual({ day: day2, calls: 5, errors: 0 });
    expect(later.accessLevel.upgradeCriteria[0]!.progress).toBe('5 / 1000 calls, 0.0% errors');
  });
});
