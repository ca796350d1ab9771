// The typed errors of the authorization mutations that the flow tests do not already reach.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import type { FacebookPermission } from '../gql/graphql.ts';
import { gql, gqlErrors } from '../helpers/gql.ts';
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

  it('startFacebookOAuth refuses a permission it does not know, or spelled as Facebook spells it, before anything runs', async () => {
    const s = await setupAuthorizationTest();
    // What a client without generated types could send: the old string form, or a permission adsauth never asks for.
    for (const scope of ['pages_manage_posts', 'ads_management', 'PAGES_MANAGE_POSTS']) {
      const refused = await gqlErrors(
        s.app,
        StartFacebookOAuth,
        { input: { label: 'x', scopes: [scope as FacebookPermission] } },
        { apiKey: s.apiKey },
      );
      expect(refused.codes).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors[0]!.message).toMatch(new RegExp(`invalid value "${scope}".*FacebookPermission`));
      expect(refused.data).toBeUndefined();
    }
  });

  it('startFacebookOAuth sends the permissions asked for, by their Facebook names, to the dialog', async () => {
    const s = await setupAuthorizationTest();
    const { startFacebookOAuth: started } = await gql(
      s.app,
      StartFacebookOAuth,
      { input: { label: 'x', scopes: ['ADS_MANAGEMENT', 'ADS_READ', 'BUSINESS_MANAGEMENT'] } },
      { apiKey: s.apiKey },
    );
    if (started.__typename !== 'StartFacebookOAuthPayload') throw new Error(JSON.stringify(started));
    expect(new URL(started.authorizeUrl).searchParams.get('scope')).toBe('ads_management,ads_read,business_management');
  });

  it('startFacebookOAuth refuses a system-user authorization', async () => {
    const s = await setupAuthorizationTest();
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
