import { describe, expect, it } from 'vitest';
import { gql, gqlErrors } from '../helpers/gql.ts';
import { NodeQuery } from '../integration/documents.ts';
import {
  AuthorizationQuery,
  AuthorizationsQuery,
  DeleteAuthorization,
  RefreshAuthorization,
  ReplaceSystemUserToken,
  UpdateAuthorization,
} from './documents.ts';
import { setupAuthorizationTest } from './support.ts';

describe('replaceSystemUserToken', () => {
  it('rotates the token and keeps the id, label and creation', async () => {
    const s = await setupAuthorizationTest();
    const { systemUser, token: oldToken } = s.systemUserToken();
    const { authorization } = await s.registerSystemUser({ label: 'Rotating', token: oldToken });
    const newToken = s.world.createToken({
      type: 'SYSTEM_USER',
      userId: systemUser.id,
      scopes: ['ads_management', 'business_management'],
      expiresInSeconds: 60 * 86_400,
    }).accessToken;
    s.clock.advance(60_000);
    const { replaceSystemUserToken: result } = await gql(
      s.app,
      ReplaceSystemUserToken,
      { input: { id: authorization.id, accessToken: newToken } },
      { apiKey: s.apiKey },
    );
    if (result.__typename !== 'AuthorizationPayload') throw new Error(JSON.stringify(result));
    expect(result.authorization).toMatchObject({
      id: authorization.id,
      label: 'Rotating',
      createdAt: authorization.createdAt,
      tokenFingerprint: `…${newToken.slice(-4)}`,
      tokenStatus: { state: 'VALID' },
    });
    expect(result.authorization.tokenStatus.expiresAt).not.toBeNull();
    expect(result.authorization.updatedAt).toBe(s.clock.now().toISOString());
    // the old token is forgotten: registering it again is not a duplicate
    const again = await s.registerSystemUser({ token: oldToken });
    expect(again.authorization.id).not.toBe(authorization.id);
  });

  it('refuses a user token, a duplicate, and a Facebook-user authorization', async () => {
    const s = await setupAuthorizationTest();
    const first = await s.registerSystemUser();
    const second = await s.registerSystemUser();
    const user = s.world.createUser({ name: 'Jane' });
    const userToken = s.world.createToken({ type: 'USER', userId: user.id }).accessToken;
    const replace = (id: string, accessToken: string) =>
      gql(s.app, ReplaceSystemUserToken, { input: { id, accessToken } }, { apiKey: s.apiKey }).then((r) => r.replaceSystemUserToken);

    expect(await replace(first.authorization.id, userToken)).toMatchObject({ __typename: 'WrongTokenType', tokenType: 'USER' });
    expect(await replace(first.authorization.id, second.token)).toMatchObject({
      __typename: 'DuplicateToken',
      authorizationId: second.authorization.id,
    });
    const connected = await s.connectUser();
    expect(await replace(connected.authorization.id, s.systemUserToken().token)).toMatchObject({ __typename: 'ValidationError' });
  });

  it("refuses another system user's token unless allowIdentityChange is true; nothing changes on a refusal", async () => {
    const s = await setupAuthorizationTest();
    const { authorization, token } = await s.registerSystemUser({ label: 'Agency' });
    const other = s.systemUserToken();
    const replace = (accessToken: string, allowIdentityChange?: boolean) =>
      gql(s.app, ReplaceSystemUserToken, { input: { id: authorization.id, accessToken, allowIdentityChange } }, { apiKey: s.apiKey }).then(
        (r) => r.replaceSystemUserToken,
      );

    const refused = await replace(other.token);
    expect(refused).toMatchObject({
      __typename: 'SystemUserMismatch',
      message: expect.stringMatching(/another system user.*Nothing was changed/),
    });
    const { authorization: unchanged } = await gql(s.app, AuthorizationQuery, { id: authorization.id }, { apiKey: s.apiKey });
    expect(unchanged).toMatchObject({ tokenFingerprint: `…${token.slice(-4)}`, facebookUser: authorization.facebookUser });

    const switched = await replace(other.token, true);
    if (switched.__typename !== 'AuthorizationPayload') throw new Error(JSON.stringify(switched));
    expect(switched.authorization).toMatchObject({
      id: authorization.id,
      tokenFingerprint: `…${other.token.slice(-4)}`,
      facebookUser: { id: other.systemUser.id },
    });
  });
});

describe('updateAuthorization', () => {
  it('changes the label and the description, and nothing else', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser({ label: 'Before' });
    s.clock.advance(1000);
    const { updateAuthorization: result } = await gql(
      s.app,
      UpdateAuthorization,
      { input: { id: authorization.id, label: 'After', description: 'Pushes the weekly audiences' } },
      { apiKey: s.apiKey },
    );
    if (result.__typename !== 'AuthorizationPayload') throw new Error(JSON.stringify(result));
    expect(result.authorization).toMatchObject({
      ...authorization,
      label: 'After',
      description: 'Pushes the weekly audiences',
      updatedAt: s.clock.now().toISOString(),
    });

    const { updateAuthorization: cleared } = await gql(
      s.app,
      UpdateAuthorization,
      { input: { id: authorization.id, description: null } },
      { apiKey: s.apiKey },
    );
    expect(cleared).toMatchObject({ authorization: { label: 'After', description: null } });
  });

  it('refuses an empty label and an unknown id', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser();
    const { updateAuthorization: empty } = await gql(
      s.app,
      UpdateAuthorization,
      { input: { id: authorization.id, label: ' ' } },
      { apiKey: s.apiKey },
    );
    expect(empty).toMatchObject({ __typename: 'ValidationError', field: 'label' });
    const otherWorkspaceKey = s.createApiKey({ workspace: 'Other', role: 'EDITOR' });
    const { updateAuthorization: foreign } = await gql(
      s.app,
      UpdateAuthorization,
      { input: { id: authorization.id, label: 'x' } },
      { apiKey: otherWorkspaceKey },
    );
    expect(foreign).toMatchObject({ __typename: 'NotFound' });
  });
});

describe('deleteAuthorization', () => {
  it('removes the row and its ciphertext without calling Facebook', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser();
    s.world.resetCalls();
    const { deleteAuthorization: result } = await gql(
      s.app,
      DeleteAuthorization,
      { input: { id: authorization.id } },
      { apiKey: s.apiKey },
    );
    expect(result).toMatchObject({
      __typename: 'DeleteAuthorizationPayload',
      deletedAuthorizationId: authorization.id,
      revokedAtFacebook: false,
    });
    expect(s.world.counters().httpRequests).toBe(0);
    expect((await gql(s.app, AuthorizationQuery, { id: authorization.id }, { apiKey: s.apiKey })).authorization).toBeNull();
    expect(s.database.sqlite.prepare('select count(*) as n from authorizations').get()).toEqual({ n: 0 });
  });

  it('with revokeAtFacebook, first removes the permissions at Facebook', async () => {
    const s = await setupAuthorizationTest();
    const { authorization, userId } = await s.connectUser();
    s.world.resetCalls();
    const { deleteAuthorization: result } = await gql(
      s.app,
      DeleteAuthorization,
      { input: { id: authorization.id, revokeAtFacebook: true } },
      { apiKey: s.apiKey },
    );
    expect(result).toMatchObject({ revokedAtFacebook: true });
    expect(s.world.calls().map((c) => c.endpoint)).toEqual(['DELETE {id}/permissions']);
    const userTokens = s.world.snapshot().tokens.filter((t) => t.userId === userId);
    expect(userTokens.every((t) => t.invalidation !== undefined)).toBe(true);
  });

  it('still deletes when Facebook already rejects the token, and keeps the row when Facebook is down', async () => {
    const s = await setupAuthorizationTest();
    const dead = await s.connectUser();
    s.world.changePassword(dead.userId);
    const { deleteAuthorization: deleted } = await gql(
      s.app,
      DeleteAuthorization,
      { input: { id: dead.authorization.id, revokeAtFacebook: true } },
      { apiKey: s.apiKey },
    );
    expect(deleted).toMatchObject({ __typename: 'DeleteAuthorizationPayload', revokedAtFacebook: false });

    const alive = await s.connectUser();
    s.world.setFaults({ http500Rate: 1 });
    const { deleteAuthorization: failed } = await gql(
      s.app,
      DeleteAuthorization,
      { input: { id: alive.authorization.id, revokeAtFacebook: true } },
      { apiKey: s.apiKey },
    );
    expect(failed).toMatchObject({ __typename: 'GraphUnavailable', retryable: true });
    s.world.setFaults({ http500Rate: 0 });
    expect((await gql(s.app, AuthorizationQuery, { id: alive.authorization.id }, { apiKey: s.apiKey })).authorization).not.toBeNull();
  });
});

describe('authorizations query', () => {
  it('lists newest first with totalCount, pages with cursors, and filters', async () => {
    const s = await setupAuthorizationTest();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await s.registerSystemUser({ label: `System ${i}` })).authorization.id);
      s.clock.advance(1000);
    }
    const user = await s.connectUser();
    s.world.changePassword(user.userId);
    await gql(s.app, RefreshAuthorization, { input: { id: user.authorization.id } }, { apiKey: s.apiKey });

    const page1 = await gql(s.app, AuthorizationsQuery, { first: 4 }, { apiKey: s.apiKey });
    expect(page1.authorizations.totalCount).toBe(6);
    expect(page1.authorizations.edges.map((e) => e.node.label)).toEqual(['Jane', 'System 4', 'System 3', 'System 2']);
    expect(page1.authorizations.pageInfo.hasNextPage).toBe(true);
    const page2 = await gql(s.app, AuthorizationsQuery, { first: 4, after: page1.authorizations.pageInfo.endCursor }, { apiKey: s.apiKey });
    expect(page2.authorizations.edges.map((e) => e.node.label)).toEqual(['System 1', 'System 0']);
    expect(page2.authorizations.pageInfo.hasNextPage).toBe(false);

    const filtered = async (filter: object) =>
      (await gql(s.app, AuthorizationsQuery, { first: 10, filter }, { apiKey: s.apiKey })).authorizations;
    expect((await filtered({ method: 'FACEBOOK_USER' })).totalCount).toBe(1);
    expect((await filtered({ health: 'UNHEALTHY' })).edges.map((e) => e.node.label)).toEqual(['Jane']);
    expect((await filtered({ states: ['VALID'] })).totalCount).toBe(5);
    expect((await filtered({ search: 'system 3' })).edges.map((e) => e.node.label)).toEqual(['System 3']);
    expect((await filtered({ search: '%' })).totalCount).toBe(0);
  });

  it('refuses a cursor it did not make', async () => {
    const s = await setupAuthorizationTest();
    const { codes } = await gqlErrors(s.app, AuthorizationsQuery, { first: 2, after: 'bm9wZQ' }, { apiKey: s.apiKey });
    expect(codes).toEqual(['BAD_USER_INPUT']);
  });

  it("never shows another workspace's authorizations, by list, by id or by node", async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser();
    const stranger = s.createApiKey({ workspace: 'Other', role: 'ADMIN' });
    expect((await gql(s.app, AuthorizationsQuery, { first: 10 }, { apiKey: stranger })).authorizations.totalCount).toBe(0);
    expect((await gql(s.app, AuthorizationQuery, { id: authorization.id }, { apiKey: stranger })).authorization).toBeNull();
    expect((await gql(s.app, NodeQuery, { id: authorization.id }, { apiKey: stranger })).node).toBeNull();
    expect((await gql(s.app, NodeQuery, { id: authorization.id }, { apiKey: s.apiKey })).node).toMatchObject({
      __typename: 'Authorization',
    });
  });

  it('lets a VIEWER read but not change', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser();
    const viewer = s.createApiKey({ role: 'VIEWER' });
    expect((await gql(s.app, AuthorizationQuery, { id: authorization.id }, { apiKey: viewer })).authorization).not.toBeNull();
    const { codes } = await gqlErrors(s.app, UpdateAuthorization, { input: { id: authorization.id, label: 'x' } }, { apiKey: viewer });
    expect(codes).toEqual(['FORBIDDEN']);
  });
});
