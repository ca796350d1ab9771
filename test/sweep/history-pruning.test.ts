import { describe, expect, it } from 'vitest';
import { setupSweepTest } from './support.ts';

const DAY = 86_400_000;

describe('the sweep prunes the history', () => {
  it('deletes events older than ADSAUTH_HISTORY_DAYS, in every workspace, and keeps the younger ones', async () => {
    const t = await setupSweepTest({ env: { ADSAUTH_HISTORY_DAYS: '30' } });
    t.createApiKey({ workspace: 'Globex' });
    const globex = t.services.workspaces.findByName('Globex')!.id;
    const [old] = t.seed({ count: 1 });
    const [otherOld] = t.seed({ count: 1, workspaceId: globex });
    t.world.expireToken(old!.token);
    t.world.expireToken(otherOld!.token);
    // Each expiry is a state change and a health change; each run tells each workspace it ended.
    await t.sweeper().run(); // 2 × 2 events, and 2 sweep.finished, today
    t.clock.advance(20 * DAY);
    const [young] = t.seed({ count: 1 });
    t.world.expireToken(young!.token);
    await t.sweeper().run(); // 2 more, and 2 sweep.finished, 20 days later
    const count = (type: string) =>
      (t.database.sqlite.prepare('select count(*) as n from events where type = ?').get(type) as { n: number }).n;
    expect(count('authorization.state_changed')).toBe(3);
    expect(count('sweep.finished')).toBe(4);

    t.clock.advance(11 * DAY); // the first run's six events are now 31 days old
    const outcome = await t.sweeper().run();

    expect(outcome).toMatchObject({ status: 'FINISHED', eventsPruned: 6 });
    expect(t.eventsOf(old!.row.id)).toEqual([]);
    expect(t.eventsOf(young!.row.id).map((e) => e.type)).toEqual(['authorization.state_changed', 'authorization.health_changed']);
    expect(count('authorization.state_changed')).toBe(1);
    expect(count('sweep.finished')).toBe(4); // the second run's two, and this run's two
  });
});
