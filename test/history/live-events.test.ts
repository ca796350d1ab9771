// The live stream behind the subscription, driven through the real recorder and database: what it
// promises about rolled-back changes, slow readers, large bursts and closing while it waits.
import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../../src/domain/events.ts';
import type { HistoryEvent } from '../../src/services/history/event-details.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

async function setup() {
  const t = await createTestApp({ database: ':memory:', graph: { graphUrl: 'http://127.0.0.1:9' } });
  t.createApiKey({ workspace: 'Acme' });
  t.createApiKey({ workspace: 'Other' });
  const workspaceId = (name: string) => t.services.workspaces.findByName(name)!.id;
  const event = (label: string, workspace = 'Acme'): NewEvent => ({
    workspaceId: workspaceId(workspace),
    authorizationId: 'auth-1',
    type: 'authorization.updated',
    actor: 'test',
    data: { label, changes: { label: { from: 'x', to: label } } },
  });
  const record = (...events: NewEvent[]) => t.database.db.transaction(() => events.forEach((e) => t.kernel.recorder.record(e)));
  return { t, workspaceId, event, record };
}

const labels = (events: HistoryEvent[]) => events.map((e) => e.label);

async function take(stream: AsyncIterator<HistoryEvent>, count: number): Promise<HistoryEvent[]> {
  const taken: HistoryEvent[] = [];
  while (taken.length < count) {
    const { value, done } = await stream.next();
    if (done) break;
    taken.push(value);
  }
  return taken;
}

function openStreams(t: TestApp) {
  return t.services.liveEvents.openStreams();
}

describe('live event streams', () => {
  it('never sends a change that was rolled back', async () => {
    const { t, workspaceId, event, record } = await setup();
    const stream = t.services.liveEvents.stream({ workspaceId: workspaceId('Acme') });
    const pending = stream.next();
    expect(() =>
      t.database.db.transaction(() => {
        t.kernel.recorder.record(event('rolled back'));
        throw new Error('the change failed after recording');
      }),
    ).toThrow('the change failed');
    record(event('committed'));
    expect((await pending).value?.label).toBe('committed');
    await stream.return!();
    expect(openStreams(t)).toBe(0);
  });

  it('loses nothing and repeats nothing: a burst larger than one read, recorded while nobody reads', async () => {
    const { t, workspaceId, event, record } = await setup();
    const stream = t.services.liveEvents.stream({ workspaceId: workspaceId('Acme') });
    record(...Array.from({ length: 130 }, (_, i) => event(`first ${i}`)));
    const firstPart = await take(stream, 50);
    record(...Array.from({ length: 120 }, (_, i) => event(`second ${i}`)));
    const rest = await take(stream, 200);
    const all = [...firstPart, ...rest];
    expect(labels(all)).toEqual([
      ...Array.from({ length: 130 }, (_, i) => `first ${i}`),
      ...Array.from({ length: 120 }, (_, i) => `second ${i}`),
    ]);
    expect(new Set(all.map((e) => e.id)).size).toBe(250);
    await stream.return!();
  });

  it("starts after what was recorded before subscribing, and skips other workspaces' events", async () => {
    const { t, workspaceId, event, record } = await setup();
    record(event('before'));
    const stream = t.services.liveEvents.stream({ workspaceId: workspaceId('Acme') });
    record(event('other workspace', 'Other'), event('after'));
    expect(labels(await take(stream, 1))).toEqual(['after']);
    await stream.return!();
  });

  it('return() while the stream waits ends it at once and removes its listener', async () => {
    const { t, workspaceId, event, record } = await setup();
    const stream = t.services.liveEvents.stream({ workspaceId: workspaceId('Acme') });
    const waiting = stream.next();
    expect(openStreams(t)).toBe(1);
    await stream.return!();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(openStreams(t)).toBe(0);
    record(event('after the end'));
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it('a stream that is closed before its first read still removes its listener', async () => {
    const { t, workspaceId } = await setup();
    const stream = t.services.liveEvents.stream({ workspaceId: workspaceId('Acme') });
    expect(openStreams(t)).toBe(1);
    await stream.return!();
    expect(openStreams(t)).toBe(0);
  });
});
