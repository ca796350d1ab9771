import { describe, expect, it } from 'vitest';
import { gql, gqlErrors } from '../helpers/gql.ts';
import { AuthorizationsQuery, ReplaceSystemUserToken, UpdateAuthorization } from '../authorizations/documents.ts';
import { setupAuthorizationTest } from '../authorizations/support.ts';
import { HistoryQuery } from './documents.ts';
import { history, nodes, rename } from './support.ts';

const MINUTE_MS = 60_000;

describe('Authorization.history', () => {
  it('tells, newest first, what real actions did: who, when and the details, never a token', async () => {
    const s = await setupAuthorizationTest();
    const opsKey = s.t.createApiKey({ role: 'EDITOR', name: 'ops' });
    const { systemUser, token } = s.systemUserToken();
    const { authorization } = await s.registerSystemUser({ label: 'Agency', token });
    const { id } = authorization;

    s.clock.advance(MINUTE_MS);
    const edit = await gql(
      s.app,
      UpdateAuthorization,
      { input: { id, label: 'Agency main', description: 'Ads exports' } },
      { apiKey: opsKey },
    );
    expect(edit.updateAuthorization.__typename).toBe('AuthorizationPayload');
    s.clock.advance(MINUTE_MS);
    s.world.expireToken(token);
    await s.refresh(id);
    s.clock.advance(MINUTE_MS);
    s.world.setFaults({ code2Rate: 1 });
    await s.refresh(id);
    s.world.setFaults({ code2Rate: 0 });
    s.clock.advance(MINUTE_MS);
    const fresh = s.world.createToken({
      type: 'SYSTEM_USER',
      userId: systemUser.id,
      scopes: ['ads_management', 'business_management'],
      expiresInSeconds: 0,
    });
    const replaced = await gql(s.app, ReplaceSystemUserToken, { input: { id, accessToken: fresh.accessToken } }, { apiKey: s.apiKey });
    expect(replaced.replaceSystemUserToken.__typename).toBe('AuthorizationPayload');

    const events = nodes(await history(s, id));
    expect(events.map((e) => [e.type, e.actor])).toEqual([
      // One replacement records three events in the same millisecond; the later one comes first.
      ['AUTHORIZATION_HEALTH_CHANGED', 'dashboard'],
      ['AUTHORIZATION_STATE_CHANGED', 'dashboard'],
      ['AUTHORIZATION_TOKEN_REPLACED', 'dashboard'],
      ['AUTHORIZATION_CHECK_FAILED', 'dashboard'],
      ['AUTHORIZATION_HEALTH_CHANGED', 'dashboard'],
      ['AUTHORIZATION_STATE_CHANGED', 'dashboard'],
      ['AUTHORIZATION_UPDATED', 'ops'],
      ['AUTHORIZATION_CREATED', 'dashboard'],
    ]);
    const at = (minutes: number) => new Date(Date.parse('2026-03-01T12:00:00.000Z') + minutes * MINUTE_MS).toISOString();
    expect(events.map((e) => e.occurredAt)).toEqual([at(4), at(4), at(4), at(3), at(2), at(2), at(1), at(0)]);
    expect(events.every((e) => e.authorizationId === id)).toBe(true);
    expect(events.map((e) => e.details)).toEqual([
      { __typename: 'HealthChangedEventDetails', healthFrom: 'UNHEALTHY', healthTo: 'HEALTHY', stateAfter: 'VALID' },
      { __typename: 'StateChangedEventDetails', from: 'EXPIRED', to: 'VALID', reason: null },
      {
        __typename: 'TokenReplacedEventDetails',
        fingerprintBefore: `…${token.slice(-4)}`,
        fingerprintAfter: `…${fresh.accessToken.slice(-4)}`,
      },
      { __typename: 'CheckFailedEventDetails', errorClass: 'TRANSIENT', code: 2, message: expect.any(String), consecutiveFailures: 1 },
      { __typename: 'HealthChangedEventDetails', healthFrom: 'HEALTHY', healthTo: 'UNHEALTHY', stateAfter: 'EXPIRED' },
      { __typename: 'StateChangedEventDetails', from: 'VALID', to: 'EXPIRED', reason: expect.stringMatching(/expired/i) },
      {
        __typename: 'UpdatedEventDetails',
        changes: [
          { field: 'label', from: 'Agency', to: 'Agency main' },
          { field: 'description', from: null, to: 'Ads exports' },
        ],
      },
      { __typename: 'CreatedEventDetails', method: 'SYSTEM_USER', state: 'VALID' },
    ]);
    expect(events.map((e) => e.label)).toEqual([...Array<string>(7).fill('Agency main'), 'Agency']);
    const everything = JSON.stringify(events);
    for (const secret of [token, fresh.accessToken]) expect(everything).not.toContain(secret);
  });

  it('names "oauth" as the actor of an authorization completed by the browser callback', async () => {
    const s = await setupAuthorizationTest();
    const baseUrl = await s.listen();
    const user = s.world.createUser({ name: 'Jane Browser' });
    const { state } = await s.startOAuth({ label: 'From the dialog' });
    const callback = await fetch(`${baseUrl}/oauth/facebook/callback/?${new URLSearchParams({ code: s.codeFor(user.id), state })}`, {
      redirect: 'manual',
    });
    expect(callback.status).toBeLessThan(400);
    const listed = await gql(s.app, AuthorizationsQuery, { first: 1 }, { apiKey: s.apiKey });
    const [created] = nodes(await history(s, listed.authorizations.edges[0]!.node.id));
    expect(created).toMatchObject({ type: 'AUTHORIZATION_CREATED', actor: 'oauth', details: { method: 'FACEBOOK_USER', state: 'VALID' } });
  });

  it('pages newest first with opaque cursors, without gaps or repeats, even within one millisecond', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser({ label: 'Label 0' });
    for (let i = 1; i <= 24; i++) {
      if (i % 5 === 0) s.clock.advance(1000);
      await rename(s, authorization.id, `Label ${i}`);
    }
    const expected = [...Array.from({ length: 24 }, (_, i) => `Label ${24 - i}`), 'Label 0'];
    expect(nodes(await history(s, authorization.id)).map((e) => e.label)).toEqual(expected);

    const seen: string[] = [];
    let after: string | undefined;
    const pages: boolean[] = [];
    do {
      const page = await history(s, authorization.id, { first: 10, after });
      seen.push(...nodes(page).map((e) => e.label!));
      expect(page.totalCount).toBe(expected.length);
      pages.push(page.pageInfo.hasNextPage);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
    } while (after);
    expect(seen).toEqual(expected);
    expect(pages).toEqual([true, true, false]);

    const bad = await gqlErrors(s.app, HistoryQuery, { id: authorization.id, first: 5, after: 'not-a-cursor' }, { apiKey: s.apiKey });
    expect(bad.codes).toEqual(['BAD_USER_INPUT']);
  });

  it("is scoped to the workspace: another workspace's key sees neither the authorization nor its events", async () => {
    const s = await setupAuthorizationTest();
    const otherKey = s.t.createApiKey({ role: 'ADMIN', workspace: 'Other', name: 'other' });
    const mine = await s.registerSystemUser({ label: 'Mine' });
    const theirs = await s.registerSystemUser({ label: 'Theirs', apiKey: otherKey });
    await rename(s, theirs.authorization.id, 'Theirs renamed', otherKey);

    const foreign = await gql(s.app, HistoryQuery, { id: mine.authorization.id }, { apiKey: otherKey });
    expect(foreign.authorization).toBeNull();
    expect(nodes(await history(s, mine.authorization.id)).map((e) => e.label)).toEqual(['Mine']);
    expect(nodes(await history(s, theirs.authorization.id, {}, otherKey)).map((e) => e.label)).toEqual(['Theirs renamed', 'Theirs']);
    // The service itself refuses to read across workspaces, whatever the caller passes.
    const acme = s.services.workspaces.findByName('Acme')!.id;
    expect(s.services.history.page(acme, rawId(theirs.authorization.id), { first: 10 }).events).toEqual([]);
  });
});

function rawId(id: string): string {
  return Buffer.from(id, 'base64')
    .toString('utf8')
    .replace(/^Authorization:/, '');
}
