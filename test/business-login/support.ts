import { expect } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { setupAuthorizationTest } from '../authorizations/support.ts';
import { dialogForm, landOnGateway } from '../authorizations/through-dialog.ts';
import { SANDBOX_SYSTEM_USER_CONFIG_ID } from '../../src/sandbox/business-integrations.ts';
import { BusinessAuthorization, StartFacebookBusinessLogin } from './documents.ts';

export const RETURN_TO = 'https://app.example.com/integrations/facebook/done';
export const VERIFY_TOKEN = 'verify-token-of-the-tests';

export type BusinessLoginTest = Awaited<ReturnType<typeof setupBusinessLoginTest>>;

/**
 * An app served over HTTP with the sandbox's system-user configuration, an EDITOR key, a person who
 * signs in, and a client business with three ad accounts.
 */
export async function setupBusinessLoginTest(env: Record<string, string> = {}) {
  const s = await setupAuthorizationTest({
    env: {
      FACEBOOK_BUSINESS_LOGIN_CONFIG_ID: SANDBOX_SYSTEM_USER_CONFIG_ID,
      FACEBOOK_WEBHOOK_VERIFY_TOKEN: VERIFY_TOKEN,
      ADSAUTH_ALLOWED_RETURN_URLS: RETURN_TO,
      ...env,
    },
  });
  const gatewayUrl = await s.listen();
  const admin = s.world.createUser({ name: 'Client Admin' });
  const client = s.world.createBusiness({ name: 'Client BM' });
  const accounts = ['Spring sale', 'Brand', 'Not shared'].map((name) => s.world.createAdAccount({ name, businessId: client.id }));

  async function startBusinessLogin(input: { label?: string; returnTo?: string } = {}, apiKey = s.apiKey) {
    const { startFacebookBusinessLogin: payload } = await gql(
      s.app,
      StartFacebookBusinessLogin,
      { input: { label: input.label ?? 'Client BM', returnTo: input.returnTo ?? RETURN_TO } },
      { apiKey },
    );
    if (payload.__typename !== 'StartFacebookOAuthPayload') throw new Error(`start failed: ${JSON.stringify(payload)}`);
    return payload;
  }

  /**
   * A browser through the sandbox's Login for Business dialog: open the authorize URL, pick the
   * business and the ad accounts, press a button, and follow the redirect to the gateway's callback.
   */
  async function throughDialog(
    authorizeUrl: string,
    choice: { button: 'allow' | 'cancel'; businessId?: string; assetIds?: string[] } = { button: 'allow' },
  ) {
    const url = new URL(authorizeUrl);
    url.searchParams.set('sandbox_user', admin.id);
    url.searchParams.set('sandbox_business', choice.businessId ?? client.id);
    const page = await fetch(url, { redirect: 'manual' });
    const html = await page.text();
    expect(page.status, html).toBe(200);
    const { action, fields } = dialogForm(html);
    const offered = [...html.matchAll(/<input type="checkbox" name="asset\.(\d+)"/g)].map((m) => m[1]!);
    for (const id of choice.assetIds ?? offered) fields.set(`asset.${id}`, '1');
    fields.set('action', choice.button);
    const submitted = await fetch(new URL(action, url), { method: 'POST', body: fields, redirect: 'manual' });
    expect(submitted.status).toBe(302);
    const back = new URL(submitted.headers.get('location')!);
    expect(`${back.origin}${back.pathname}`).toBe(s.facebook.redirectUri);
    const landed = await landOnGateway(back, gatewayUrl);
    const location = landed.headers.get('location');
    return { offered, back, landed, returned: location ? new URL(location) : undefined };
  }

  /** Start, dialog with Allow, callback: the authorization the browser was sent back with. */
  async function connectBusiness(input: { apiKey?: string; assetIds?: string[]; businessId?: string } = {}) {
    const { authorizeUrl } = await startBusinessLogin({}, input.apiKey);
    const { returned } = await throughDialog(authorizeUrl, { button: 'allow', assetIds: input.assetIds, businessId: input.businessId });
    const id = returned?.searchParams.get('authorizationId');
    if (!id) throw new Error(`no authorizationId in ${String(returned)}`);
    return authorizationOf(id, input.apiKey);
  }

  async function authorizationOf(id: string, apiKey = s.apiKey) {
    const { authorization } = await gql(s.app, BusinessAuthorization, { id }, { apiKey });
    if (!authorization) throw new Error(`authorization ${id} not found`);
    return authorization;
  }

  return { ...s, gatewayUrl, admin, client, accounts, startBusinessLogin, throughDialog, connectBusiness, authorizationOf };
}
