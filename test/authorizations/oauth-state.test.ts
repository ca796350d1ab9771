import { onTestFinished, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { createApp } from '../../src/app.ts';
import { gql } from '../helpers/gql.ts';
import { CompleteFacebookOAuth } from './documents.ts';
import { setupAuthorizationTest, type AuthorizationTest } from './support.ts';

async function completeWith(s: AuthorizationTest, input: { code: string; state: string }, apiKey = s.apiKey) {
  return (await gql(s.app, CompleteFacebookOAuth, { input }, { apiKey })).completeFacebookOAuth;
}

/** Asserts that the completion is refused as InvalidOAuthState before any Graph call, and the code stays unused. */
async function expectInvalidState(s: AuthorizationTest, input: { code: string; state: string }, apiKey = s.apiKey) {
  const before = s.world.counters().httpRequests;
  const result = await completeWith(s, input, apiKey);
  expect(result.__typename, JSON.stringify(result)).toBe('InvalidOAuthState');
  expect(s.world.counters().httpRequests).toBe(before);
}

describe('OAuth state rules', () => {
  it('refuses an unknown state without calling Graph', async () => {
    const s = await setupAuthorizationTest();
    const jane = s.world.createUser({ name: 'Jane' });
    await s.startOAuth();
    await expectInvalidState(s, { code: s.codeFor(jane.id), state: 'not-a-state-we-issued' });
    await expectInvalidState(s, { code: s.codeFor(jane.id), state: '' });
  });

  it('refuses a state after 10 minutes, and accepts it just before', async () => {
    const s = await setupAuthorizationTest();
    const jane = s.world.createUser({ name: 'Jane' });
    const early = await s.startOAuth();
    const late = await s.startOAuth();
    s.clock.advance(10 * 60_000 - 1000);
    expect((await completeWith(s, { code: s.codeFor(jane.id), state: early.state })).__typename).toBe('CompleteFacebookOAuthPayload');
    s.clock.advance(1001);
    await expectInvalidState(s, { code: s.codeFor(jane.id), state: late.state });
  });

  it('refuses a state that was used, even with a fresh code', async () => {
    const s = await setupAuthorizationTest();
    const jane = s.world.createUser({ name: 'Jane' });
    const { state } = await s.startOAuth();
    expect((await completeWith(s, { code: s.codeFor(jane.id), state })).__typename).toBe('CompleteFacebookOAuthPayload');
    await expectInvalidState(s, { code: s.codeFor(jane.id), state });
  });

  it('lets exactly one of two simultaneous completions of a state win', async () => {
    const s = await setupAuthorizationTest();
    const jane = s.world.createUser({ name: 'Jane' });
    const { state } = await s.startOAuth();
    const results = await Promise.all([
      completeWith(s, { code: s.codeFor(jane.id), state }),
      completeWith(s, { code: s.codeFor(jane.id), state }),
    ]);
    expect(results.map((r) => r.__typename).sort()).toEqual(['CompleteFacebookOAuthPayload', 'InvalidOAuthState']);
    expect(s.world.counters().byEndpoint['GET debug_token']).toBe(1);
  });

  it("refuses another workspace's state without using it up", async () => {
    const s = await setupAuthorizationTest();
    const jane = s.world.createUser({ name: 'Jane' });
    const { state } = await s.startOAuth();
    const strangerKey = s.createApiKey({ workspace: 'Other agency', role: 'EDITOR', name: 'stranger' });
    const code = s.codeFor(jane.id);
    await expectInvalidState(s, { code, state }, strangerKey);
    const { completeFacebookOAuth: cancelled } = await gql(
      s.app,
      CompleteFacebookOAuth,
      { input: { state, error: 'access_denied' } },
      { apiKey: strangerKey },
    );
    expect(cancelled.__typename).toBe('InvalidOAuthState');

    const result = await completeWith(s, { code, state });
    expect(result).toMatchObject({ __typename: 'CompleteFacebookOAuthPayload', authorization: { createdBy: 'dashboard' } });
  });

  it('survives a restart: a second app over the same database file completes the state', async () => {
    const s = await setupAuthorizationTest();
    const jane = s.world.createUser({ name: 'Jane' });
    const { state } = await s.startOAuth({ label: 'Started before the restart', returnTo: undefined });
    s.database.close();

    const database = openDatabase(s.databaseFile);
    onTestFinished(() => database.close());
    const restarted = createApp({
      database,
      clock: s.clock,
      config: s.config,
      facebook: s.facebook,
      log: s.logs.log,
      fetch: globalThis.fetch,
    });
    const { completeFacebookOAuth: result } = await gql(
      restarted,
      CompleteFacebookOAuth,
      { input: { code: s.codeFor(jane.id), state } },
      { apiKey: s.apiKey },
    );
    expect(result).toMatchObject({
      __typename: 'CompleteFacebookOAuthPayload',
      authorization: { label: 'Started before the restart', createdBy: 'dashboard', tokenStatus: { state: 'VALID' } },
    });
  });

  it('clears states that expired over a day ago when a new flow starts, and keeps younger ones', async () => {
    const s = await setupAuthorizationTest();
    const states = () => (s.database.sqlite.prepare('select count(*) as n from oauth_states').get() as { n: number }).n;
    await s.startOAuth({ label: 'old' });
    s.clock.advance(2 * 86_400_000);
    await s.startOAuth({ label: 'recent' });
    expect(states()).toBe(1);
    s.clock.advance(60 * 60_000);
    await s.startOAuth({ label: 'newest' });
    expect(states()).toBe(2);
  });
});
