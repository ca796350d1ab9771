import { describe, expect, it } from 'vitest';
import { setupAuthorizationTest } from '../authorizations/support.ts';
import { history, nodes, rename } from './support.ts';

const DAY_MS = 86_400_000;

describe('history retention (ADSAUTH_HISTORY_DAYS)', () => {
  it('prune() deletes the events older than the retention, by the injected clock, in every workspace', async () => {
    const s = await setupAuthorizationTest({ env: { ADSAUTH_HISTORY_DAYS: '30' } });
    const otherKey = s.t.createApiKey({ role: 'EDITOR', workspace: 'Other', name: 'other' });
    const { authorization } = await s.registerSystemUser({ label: 'Day 0' });
    const other = await s.registerSystemUser({ label: 'Other day 0', apiKey: otherKey });
    s.clock.advance(20 * DAY_MS);
    await rename(s, authorization.id, 'Day 20');
    s.clock.advance(10 * DAY_MS);
    expect(s.services.history.prune()).toBe(0);
    s.clock.advance(1);
    expect(s.services.history.prune()).toBe(2);
    expect(nodes(await history(s, authorization.id)).map((e) => e.label)).toEqual(['Day 20']);
    expect(nodes(await history(s, other.authorization.id, {}, otherKey))).toEqual([]);

    s.clock.advance(20 * DAY_MS);
    expect(s.services.history.cutoff().toISOString()).toBe(new Date(s.clock.now().getTime() - 30 * DAY_MS).toISOString());
    expect(s.services.history.prune()).toBe(1);
    expect(nodes(await history(s, authorization.id))).toEqual([]);
  });

  it('keeps 180 days by default', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser({ label: 'Kept' });
    s.clock.advance(180 * DAY_MS);
    expect(s.services.history.prune()).toBe(0);
    expect(nodes(await history(s, authorization.id))).toHaveLength(1);
    s.clock.advance(1);
    expect(s.services.history.prune()).toBe(1);
  });
});
