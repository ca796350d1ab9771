// The typed errors of the authorization mutations that the flow tests do not already reach.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { DeleteAuthorization, RefreshAuthorization, ReplaceSystemUserToken, StartFacebookOAuth } from './documents.ts';
import { setupAuthorizationTest } from './support.ts';

const unknownId = encodeGlobalID('Authorization', '00000000-0000-4000-8000-000000000000');

describe('typed errors of the authorization mutations', () => {
  it('answers NotFound for an authorization that does not exist, without calling Facebook', async () => {
    const s = await setupAuthorizationTest();
    const { token } = s.systemUserToken();
    const results = [
      (await gql(s.app, RefreshAuthorization, { input: { id: unknownId } }, { apiKey: s.apiKey })).refreshAuthorization,
      (await gql(s.app, DeleteAuthorization, { input: { id: unknownId, revokeAtFacebook: true } }, { apiKey: s.apiKey }))
        .deleteAuthorization,
      (await gql(s.app, ReplaceSystemUserToken, { input: { id: unknownId, accessToken: token } }, { apiKey: s.apiKey }))
        .replaceSystemUserToken,
      (await gql(s.app, StartFacebookOAuth, { input: { label: 'x', authorizationId: unknownId } }, { apiKey: s.apiKey }))
        .startFacebookOAuth,
    ];
    for (const result of results)
      expect(result).toMatchObject({ __typename: 'NotFound', message: 'No authorization with that id in this workspace.' });
    expect(s.world.counters().httpRequests).toBe(0);
  });

  it('replaceSystemUserToken refuses an invalid token, a token without ads_management, and answers GraphUnavailable when Facebook fails', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser();
    const replace = async (accessToken: string) =>
      (await gql(s.app, ReplaceSystemUserToken, { input: { id: authorization.id, accessToken } }, { apiKey: s.apiKey }))
        .replaceSystemUserToken;

    expect(await replace('EAABnot-a-token-facebook-ever-issued-123')).toMatchObject({ __typename: 'InvalidToken' });
    expect(await replace(s.systemUserToken({ scopes: ['ads_read'] }).token)).toMatchObject({ __typename: 'MissingPermissions' });
    const next = s.systemUserToken().token;
    s.world.setFaults({ http500Rate: 1 });
    expect(await replace(next)).toMatchObject({ __typename: 'GraphUnavailable' });
    s.world.setFaults({ http500Rate: 0 });
    // Nothing of the refused tokens was kept: the authorization still has its first token.
    const { refreshAuthorization: after } = await gql(
      s.app,
      RefreshAuthorization,
      { input: { id: authorization.id } },
      { apiKey: s.apiKey },
    );
    expect(after).toMatchObject({ authorization: { tokenFingerprint: authorization.tokenFingerprint, tokenStatus: { state: 'VALID' } } });
  });

  it('startFacebookOAuth refuses a scope outside the allow-list and a system-user authorization', async () => {
    const s = await setupAuthorizationTest();
    const { startFacebookOAuth: scope } = await gql(
      s.app,
      StartFacebookOAuth,
      { input: { label: 'x', scopes: ['pages_manage_posts'] } },
      { apiKey: s.apiKey },
    );
    expect(scope).toMatchObject({ __typename: 'ValidationError', field: 'scopes.0' });
    const { authorization } = await s.registerSystemUser();
    const { startFacebookOAuth: method } = await gql(
      s.app,
      StartFacebookOAuth,
      { input: { label: 'x', authorizationId: authorization.id } },
      { apiKey: s.apiKey },
    );
    expect(method).toMatchObject({ __typename: 'ValidationError', field: 'authorizationId' });
  });
});
