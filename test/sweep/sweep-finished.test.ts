// The sweep tells each workspace it visited that it has ended (sweep.finished, on the live stream), and
// its "changed" counts a renewal that changed a state.
import { describe, expect, it } from 'vitest';
import { createEventRepository } from '../../src/repositories/events.ts';
import { graphql } from '../gql/gql.ts';
import { gql } from '../helpers/gql.ts';
import { AuthorizationEventsSubscription } from '../history/documents.ts';
import { subscribe } from '../history/sse-client.ts';
import { setupSweepTest } from './support.ts';

const LastRunQuery = graphql(`
  query SweepLastRun {
    sweep {
      lastRun {
        checked
        changed
        failed
        stoppedEarly
      }
      lastRunInWorkspace {
        finishedAt
        checked
        changed
        failed
        stoppedEarly
      }
    }
  }
`);

describe('sweep.finished', () => {
  it("each workspace's stream gets one event with its own counters; sweep.lastRun has the run's", async () => {
    const t = await setupSweepTest();
    const baseUrl = await t.listen();
    const globexKey = t.createApiKey({ workspace: 'Globex', role: 'VIEWER' });
    const globex = t.services.workspaces.findByName('Globex')!.id;
    const [expiring] = t.seed({ count: 3 });
    t.seed({ count: 1, workspaceId: globex });
    t.world.expireToken(expiring!.token);
    const acmeStream = await subscribe(baseUrl, AuthorizationEventsSubscription, {}, t.apiKey);
    const globexStream = await subscribe(baseUrl, AuthorizationEventsSubscription, {}, globexKey);

    const outcome = await t.sweeper().run();
    expect(outcome).toMatchObject({ status: 'FINISHED', checked: 4, changed: 1, failed: 0 });

    const nextFinished = async (stream: typeof acmeStream) => {
      for (;;) {
        const event = (await stream.next()).data!.authorizationEvents;
        if (event.type === 'SWEEP_FINISHED') return event;
      }
    };
    expect(await nextFinished(acmeStream)).toMatchObject({
      actor: 'sweep',
      authorizationId: null,
      authorization: null,
      label: null,
      details: { __typename: 'SweepFinishedEventDetails', checked: 3, changed: 1, failed: 0, stoppedEarly: false },
    });
    expect(await nextFinished(globexStream)).toMatchObject({
      details: { __typename: 'SweepFinishedEventDetails', checked: 1, changed: 0, failed: 0, stoppedEarly: false },
    });
    // Globex's stream carried nothing of Acme's: its only events are its own sweep's.
    expect(globexStream.messages.filter((m) => m.event === 'next')).toHaveLength(1);
    acmeStream.abort();
    globexStream.abort();

    const { sweep } = await gql(t.app, LastRunQuery, {}, { apiKey: t.apiKey });
    expect(sweep.lastRun).toEqual({ checked: 4, changed: 1, failed: 0, stoppedEarly: false });
    // Each workspace reads what the run did in it, and only that.
    expect(sweep.lastRunInWorkspace).toMatchObject({ checked: 3, changed: 1, failed: 0, stoppedEarly: false });
    expect(sweep.lastRunInWorkspace!.finishedAt).not.toBeNull();
    const { sweep: globexSweep } = await gql(t.app, LastRunQuery, {}, { apiKey: globexKey });
    expect(globexSweep.lastRunInWorkspace).toMatchObject({ checked: 1, changed: 0, failed: 0, stoppedEarly: false });
    const elsewhere = t.createApiKey({ workspace: 'Initech', role: 'VIEWER' });
    expect((await gql(t.app, LastRunQuery, {}, { apiKey: elsewhere })).sweep.lastRunInWorkspace).toBeNull();
  });

  it('a run that stops early tells what it did and that it stopped early; the resumed run tells the rest', async () => {
    const t = await setupSweepTest();
    t.seed({ count: 60 });
    const controller = new AbortController();
    // One window is 50 rows at concurrency 1: stop once the first is done.
    const stopping = t.sweeper({ settings: { concurrency: 1 }, afterStage: (stage) => void (stage === 'synced' && controller.abort()) });
    expect(await stopping.run({ signal: controller.signal })).toMatchObject({ status: 'STOPPED', checked: 50 });
    expect(await t.sweeper({ settings: { concurrency: 1 } }).run()).toMatchObject({ status: 'FINISHED', resumed: true, checked: 10 });

    const finished = createEventRepository(t.database.db)
      .since(t.workspaceId, 0, 1000)
      .filter((event) => event.type === 'sweep.finished');
    expect(finished.map((event) => [event.authorizationId, event.data])).toEqual([
      [null, { checked: 50, changed: 0, failed: 0, stoppedEarly: true }],
      [null, { checked: 10, changed: 0, failed: 0, stoppedEarly: false }],
    ]);
  });

  it('counts a renewal that changed the state as changed', async () => {
    const t = await setupSweepTest();
    const [due] = t.seed({ count: 1, expiresInSeconds: 5 * 86_400 });
    // First run without renewals: the check finds the token inside the warning window.
    expect(await t.sweeper({ renewWithinDays: 0 }).run()).toMatchObject({ changed: 1, renewed: 0 });
    expect(t.row(due!.row.id).state).toBe('EXPIRING_SOON');

    // Then the check finds nothing new, and the renewal's new 60-day token makes it VALID again.
    const outcome = await t.sweeper().run();
    expect(outcome).toMatchObject({ renewed: 1, changed: 1 });
    expect(t.row(due!.row.id).state).toBe('VALID');
    const { sweep } = await gql(t.app, LastRunQuery, {}, { apiKey: t.apiKey });
    expect(sweep.lastRun).toMatchObject({ checked: 1, changed: 1 });
  });
});
