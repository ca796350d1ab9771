import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { DeleteAuthorization, UpdateAuthorization } from '../authorizations/documents.ts';
import { setupAuthorizationTest, type AuthorizationTest } from '../authorizations/support.ts';
import { AuthorizationEventsSubscription } from './documents.ts';
import { subscribe } from './sse-client.ts';

async function rename(s: AuthorizationTest, baseUrl: string, id: string, label: string, apiKey = s.apiKey) {
  const { updateAuthorization: result } = await gql(baseUrl, UpdateAuthorization, { input: { id, label } }, { apiKey });
  expect(result.__typename).toBe('AuthorizationPayload');
}

/** Polls until the server has closed every stream (and removed every listener); the bound is no speed requirement. */
async function expectNoOpenStreams(s: AuthorizationTest) {
  const deadline = Date.now() + 15_000;
  while (s.services.liveEvents.openStreams() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(s.services.liveEvents.openStreams()).toBe(0);
}

describe('Subscription.authorizationEvents over Server-Sent Events', () => {
  it("streams the workspace's events caused by mutations on other connections, in order, with actor and details", async () => {
    const s = await setupAuthorizationTest();
    const baseUrl = await s.listen();
    const { authorization } = await s.registerSystemUser({ label: 'Before subscribing' });
    const stream = await subscribe(baseUrl, AuthorizationEventsSubscription, {}, s.apiKey);
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);

    await rename(s, baseUrl, authorization.id, 'Renamed live');
    const second = await s.registerSystemUser({ label: 'Registered live' });
    await gql(baseUrl, DeleteAuthorization, { input: { id: second.authorization.id } }, { apiKey: s.apiKey });

    const received = [await stream.next(), await stream.next(), await stream.next()].map((result) => {
      expect(result.errors).toBeUndefined();
      return result.data!.authorizationEvents;
    });
    // What happened before subscribing (the first registration) is history, not live.
    expect(received.map((e) => [e.type, e.label, e.actor])).toEqual([
      ['AUTHORIZATION_UPDATED', 'Renamed live', 'dashboard'],
      ['AUTHORIZATION_CREATED', 'Registered live', 'dashboard'],
      ['AUTHORIZATION_DELETED', 'Registered live', 'dashboard'],
    ]);
    expect(received[0]).toMatchObject({
      authorizationId: authorization.id,
      authorization: { id: authorization.id, label: 'Renamed live' },
      details: { __typename: 'UpdatedEventDetails', changes: [{ field: 'label', from: 'Before subscribing', to: 'Renamed live' }] },
    });
    expect(received[2]).toMatchObject({
      authorizationId: second.authorization.id,
      authorization: null,
      details: { __typename: 'DeletedEventDetails' },
    });
    expect(new Set(received.map((e) => e.id)).size).toBe(3);
    stream.abort();
    await stream.ended;
    await expectNoOpenStreams(s);
  });

  it("never sends another workspace's events, and a foreign authorizationId is refused", async () => {
    const s = await setupAuthorizationTest();
    const baseUrl = await s.listen();
    const otherKey = s.t.createApiKey({ role: 'EDITOR', workspace: 'Other', name: 'other dashboard' });
    const foreign = await s.registerSystemUser({ label: 'Foreign', apiKey: otherKey });
    const mine = await s.registerSystemUser({ label: 'Mine' });

    const refused = await subscribe(baseUrl, AuthorizationEventsSubscription, { authorizationId: foreign.authorization.id }, s.apiKey);
    const answer = await refused.next();
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(answer)).not.toContain('Foreign');
    await refused.ended;

    const stream = await subscribe(baseUrl, AuthorizationEventsSubscription, {}, s.apiKey);
    await rename(s, baseUrl, foreign.authorization.id, 'Foreign renamed', otherKey);
    await s.registerSystemUser({ label: 'Foreign too', apiKey: otherKey });
    await rename(s, baseUrl, mine.authorization.id, 'Mine renamed');
    // Events are sent in the order they were recorded: a leaked foreign event would come first.
    const first = (await stream.next()).data!.authorizationEvents;
    expect([first.type, first.label]).toEqual(['AUTHORIZATION_UPDATED', 'Mine renamed']);
    stream.abort();
    await expectNoOpenStreams(s);
  });

  it("with authorizationId, streams only that authorization's events", async () => {
    const s = await setupAuthorizationTest();
    const baseUrl = await s.listen();
    const watched = await s.registerSystemUser({ label: 'Watched' });
    const other = await s.registerSystemUser({ label: 'Other' });
    const stream = await subscribe(baseUrl, AuthorizationEventsSubscription, { authorizationId: watched.authorization.id }, s.apiKey);
    await rename(s, baseUrl, other.authorization.id, 'Other renamed');
    await rename(s, baseUrl, watched.authorization.id, 'Watched renamed');
    const first = (await stream.next()).data!.authorizationEvents;
    expect([first.authorizationId, first.label]).toEqual([watched.authorization.id, 'Watched renamed']);
    stream.abort();
    await expectNoOpenStreams(s);
  });

  it('works over GET too, the way a browser EventSource subscribes', async () => {
    const s = await setupAuthorizationTest();
    const baseUrl = await s.listen();
    const { authorization } = await s.registerSystemUser();
    const stream = await subscribe(baseUrl, AuthorizationEventsSubscription, { authorizationId: authorization.id }, s.apiKey, 'GET');
    expect(stream.status).toBe(200);
    await rename(s, baseUrl, authorization.id, 'Seen over GET');
    expect((await stream.next()).data!.authorizationEvents.label).toBe('Seen over GET');
    stream.abort();
    await expectNoOpenStreams(s);
  });

  it('needs an API key like every other operation', async () => {
    const s = await setupAuthorizationTest();
    const baseUrl = await s.listen();
    const stream = await subscribe(baseUrl, AuthorizationEventsSubscription, {}, 'adsk_not-a-key');
    expect(stream.status).toBe(401);
    const answer = await stream.next();
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(answer.data ?? null).toBeNull();
    await stream.ended;
    expect(s.services.liveEvents.openStreams()).toBe(0);
  });

  it('a client that disconnects while the stream waits leaves no listener behind, and the server keeps serving', async () => {
    const s = await setupAuthorizationTest();
    const baseUrl = await s.listen();
    const { authorization } = await s.registerSystemUser();
    const streams = await Promise.all([1, 2, 3].map(() => subscribe(baseUrl, AuthorizationEventsSubscription, {}, s.apiKey)));
    expect(s.services.liveEvents.openStreams()).toBe(3);
    for (const stream of streams) stream.abort();
    await Promise.all(streams.map((stream) => stream.ended));
    await expectNoOpenStreams(s);

    const after = await subscribe(baseUrl, AuthorizationEventsSubscription, {}, s.apiKey);
    await rename(s, baseUrl, authorization.id, 'Still live');
    expect((await after.next()).data!.authorizationEvents.label).toBe('Still live');
    after.abort();
    await expectNoOpenStreams(s);
  });
});
