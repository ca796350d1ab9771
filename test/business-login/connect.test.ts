import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { SANDBOX_USER_CONFIG_ID } from '../../src/sandbox/business-integrations.ts';
import { BusinessHistory, CompleteBusinessLogin, StartFacebookBusinessLogin } from './documents.ts';
import { RETURN_TO, setupBusinessLoginTest, type BusinessLoginTest } from './support.ts';

/**
 * A frontend with its own redirect page: start a business login, let the sandbox install the integration
 * for the client admin (what the dialog's Allow does), and complete with the code it hands back.
 */
async function completeWithInstall(s: BusinessLoginTest, install: { assetIds?: string[]; configId?: string; appId?: string } = {}) {
  const { state } = await s.startBusinessLogin();
  const { code } = s.world.installIntegration({
    userId: s.admin.id,
    redirectUri: s.facebook.redirectUri,
    configId: install.configId ?? s.config.facebook.businessLoginConfigId!,
    businessId: s.client.id,
    assetIds: install.assetIds ?? [],
    appId: install.appId,
  });
  const { completeFacebookOAuth } = await gql(s.app, CompleteBusinessLogin, { input: { code, state } }, { apiKey: s.apiKey });
  return completeFacebookOAuth;
}

describe('startFacebookBusinessLogin and its completion through the sandbox dialog, over HTTP', () => {
  it('sends config_id, response_type=code and override_default_response_type=true, and no scope', async () => {
    const s = await setupBusinessLoginTest();
    const { authorizeUrl, state } = await s.startBusinessLogin();
    const url = new URL(authorizeUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${s.sandbox!.url}/v26.0/dialog/oauth`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: s.world.app.id,
      redirect_uri: s.facebook.redirectUri,
      config_id: s.config.facebook.businessLoginConfigId,
      state,
      response_type: 'code',
      override_default_response_type: 'true',
    });
    expect(s.world.counters().httpRequests).toBe(0);
  });

  it('connects the client business: a never-expiring BISU token, its business and the picked ad accounts, then the sync', async () => {
    const s = await setupBusinessLoginTest();
    const [spring, brand] = s.accounts;
    const { authorizeUrl } = await s.startBusinessLogin({ label: 'Client BM' });
    const { offered, landed, returned } = await s.throughDialog(authorizeUrl, {
      button: 'allow',
      assetIds: [spring!.accountId, brand!.accountId],
    });
    expect(offered).toEqual(s.accounts.map((a) => a.accountId));
    expect(landed.status).toBe(303);
    expect(`${returned!.origin}${returned!.pathname}`).toBe(RETURN_TO);

    const authorization = await s.authorizationOf(returned!.searchParams.get('authorizationId')!);
    expect(authorization).toMatchObject({
      label: 'Client BM',
      method: 'BUSINESS_INTEGRATION',
      health: 'HEALTHY',
      clientBusinessId: s.client.id,
      businessId: s.client.id,
      supportedJobTypes: ['EXPORT_AUDIENCES', 'EXPORT_AUDIENCES_WEB_TRAFFIC'],
      tokenStatus: { state: 'VALID', tokenType: 'SYSTEM_USER', expiresAt: null, issues: [] },
    });
    expect(authorization.delegatedAssetIds).toEqual(expect.arrayContaining([spring!.accountId, brand!.accountId, s.client.id]));
    expect(authorization.adAccounts.edges.map((e) => e.node.accountId).sort()).toEqual([spring!.accountId, brand!.accountId].sort());
    // Login for Business has no long-lived exchange: one code exchange, then the checks and the sync.
    expect(s.world.calls().map((c) => c.endpoint)).toEqual(['POST oauth/access_token', 'GET debug_token', 'GET me', 'GET me/adaccounts']);
  });

  it('a reconnect of the same business keeps the authorization and replaces its token; another workspace gets its own', async () => {
    const s = await setupBusinessLoginTest();
    const first = await s.connectBusiness({ assetIds: [s.accounts[0]!.accountId] });
    const again = await s.connectBusiness({ assetIds: [s.accounts[0]!.accountId, s.accounts[1]!.accountId] });
    expect(again.id).toBe(first.id);
    expect(again.tokenFingerprint).not.toBe(first.tokenFingerprint);
    expect(again.adAccounts.totalCount).toBe(2);
    const { authorization } = await gql(s.app, BusinessHistory, { id: first.id }, { apiKey: s.apiKey });
    expect(authorization!.history.edges.map((e) => e.node.type)).toContain('AUTHORIZATION_TOKEN_REPLACED');

    const otherKey = s.createApiKey({ role: 'EDITOR', workspace: 'Globex', name: 'globex' });
    const other = await s.connectBusiness({ apiKey: otherKey });
    expect(other.id).not.toBe(first.id);
    expect(other.clientBusinessId).toBe(s.client.id);
  });

  it('Cancel goes back to returnTo with error=access_denied and stores nothing', async () => {
    const s = await setupBusinessLoginTest();
    const { authorizeUrl } = await s.startBusinessLogin();
    const { returned } = await s.throughDialog(authorizeUrl, { button: 'cancel' });
    expect(returned!.searchParams.get('error')).toBe('access_denied');
    expect(s.world.counters().httpRequests).toBe(0);
  });

  it('completeFacebookOAuth completes a business login too, for frontends with their own redirect page', async () => {
    const s = await setupBusinessLoginTest();
    const result = await completeWithInstall(s, { assetIds: [s.accounts[0]!.accountId] });
    expect(result).toMatchObject({
      __typename: 'CompleteFacebookOAuthPayload',
      reauthorized: false,
      authorization: { method: 'BUSINESS_INTEGRATION', clientBusinessId: s.client.id },
    });
  });

  it('refuses a configuration without ads_management with MissingPermissions, and stores nothing', async () => {
    const s = await setupBusinessLoginTest();
    const readOnly = s.world.integrations.addConfiguration({ name: 'read only', tokenType: 'SYSTEM_USER', scopes: ['ads_read'] });
    const result = await completeWithInstall(s, { configId: readOnly.id });
    expect(result).toMatchObject({ __typename: 'MissingPermissions', missingScopes: ['ads_management'] });
    expect(s.world.calls().map((c) => c.endpoint)).toEqual(['POST oauth/access_token', 'GET debug_token']);
  });

  it('refuses a token of another app with InvalidToken OTHER_APP', async () => {
    const s = await setupBusinessLoginTest();
    const result = await completeWithInstall(s, { appId: '1999999999999999' });
    expect(result).toMatchObject({ __typename: 'InvalidToken', reason: 'OTHER_APP' });
  });

  it('a user configuration in FACEBOOK_BUSINESS_LOGIN_CONFIG_ID ends in WrongTokenType; an unknown one in the dialog refusing it', async () => {
    const s = await setupBusinessLoginTest({ FACEBOOK_BUSINESS_LOGIN_CONFIG_ID: SANDBOX_USER_CONFIG_ID });
    const { authorizeUrl } = await s.startBusinessLogin();
    // A user configuration never takes override_default_response_type: the sandbox's user dialog answers.
    const page = await fetch(authorizeUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Graph sandbox · Facebook Login</span>');
    const { state } = await s.startBusinessLogin();
    const code = s.codeFor(s.admin.id, ['ads_management']);
    const { completeFacebookOAuth: result } = await gql(s.app, CompleteBusinessLogin, { input: { code, state } }, { apiKey: s.apiKey });
    expect(result).toMatchObject({ __typename: 'WrongTokenType', tokenType: 'USER', expected: 'SYSTEM_USER' });

    const unknown = await setupBusinessLoginTest({ FACEBOOK_BUSINESS_LOGIN_CONFIG_ID: '123456' });
    const refused = await fetch((await unknown.startBusinessLogin()).authorizeUrl);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Config ID is invalid');
  });

  it('without FACEBOOK_BUSINESS_LOGIN_CONFIG_ID the start is LoginNotConfigured naming the setting', async () => {
    const s = await setupBusinessLoginTest({ FACEBOOK_BUSINESS_LOGIN_CONFIG_ID: '' });
    const { startFacebookBusinessLogin: result } = await gql(
      s.app,
      StartFacebookBusinessLogin,
      { input: { label: 'x' } },
      { apiKey: s.apiKey },
    );
    expect(result).toMatchObject({ __typename: 'LoginNotConfigured', setting: 'FACEBOOK_BUSINESS_LOGIN_CONFIG_ID' });
  });
});
