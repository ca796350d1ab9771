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
    await t.sweeper().run(); // two state_changed events, today
    t.clock.advance(20 * DAY);
    const [young] = t.seed({ count: 1 });
    t.world.expireToken(young!.token);
    await t.sweeper().run(); // one more, 20 days later
    const count = () => (t.database.sqlite.prepare('select count(*) as n from events').get() as { n: number }).n;
    expect(count()).toBe(3);

    t.clock.advance(11 * DAY); // the first two are now 31 days old
    const outcome = await t.sweeper().run();

    expect(outcome).toMatchObject({ status: 'FINISHED', eventsPruned: 2 });
    expect(t.eventsOf(old!.row.id)).toEqual([]);
    expect(t.eventsOf(young!.row.id).map((e) => e.type)).toEqual(['authorization.state_changed']);
    expect(count()).toBe(1);
  });
});
