import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { AuthorizationQuery } from './documents.ts';
import { setupAuthorizationTest, type AuthorizationTest } from './support.ts';
import { landOnGateway, throughDialog } from './through-dialog.ts';

const RETURN_TO = 'https://app.example.com/integrations/facebook/done';

/** A browser session through the sandbox's dialog, followed by the last hop to the gateway. */
async function throughDialogToGateway(
  s: AuthorizationTest,
  gatewayUrl: string,
  authorizeUrl: string,
  choice: { button: 'allow' | 'cancel'; untick?: string[] },
) {
  const { offered, back } = await throughDialog(authorizeUrl, choice);
  expect(`${back.origin}${back.pathname}`).toBe(s.facebook.redirectUri);
  const landed = await landOnGateway(back, gatewayUrl);
  return { offered, back, landed, location: landed.headers.get('location') };
}

describe('the whole browser round trip through the sandbox dialog', () => {
  it('Allow with a scope unticked, then the reconnect link asks again and fixes the same authorization', async () => {
    const s = await setupAuthorizationTest({ env: { ADSAUTH_ALLOWED_RETURN_URLS: RETURN_TO } });
    const gatewayUrl = await s.listen();
    const jane = s.world.createUser({ name: 'Jane Doe' });
    const { authorizeUrl, state } = await s.startOAuth({ label: 'Jane', scopes: ['ads_management', 'ads_read'], returnTo: RETURN_TO });

    const first = await throughDialogToGateway(s, gatewayUrl, authorizeUrl, { button: 'allow', untick: ['ads_management'] });
    expect(first.offered).toEqual(['ads_management', 'ads_read']);
    expect(first.back.searchParams.get('state')).toBe(state);
    expect(first.landed.status).toBe(303);
    const id = new URL(first.location!).searchParams.get('authorizationId')!;
    const { authorization: declined } = await gql(s.app, AuthorizationQuery, { id }, { apiKey: s.apiKey });
    expect(declined).toMatchObject({
      facebookUser: { id: jane.id, name: 'Jane Doe' },
      tokenStatus: { state: 'MISSING_PERMISSIONS', declinedScopes: ['ads_management'] },
    });

    const link = new URL(declined!.tokenStatus.issues.find((i) => i.code === 'MISSING_PERMISSIONS')!.remediation.url!);
    const reconnect = await fetch(`${gatewayUrl}${link.pathname}${link.search}`, { redirect: 'manual' });
    expect(reconnect.status).toBe(302);
    const again = await throughDialogToGateway(s, gatewayUrl, reconnect.headers.get('location')!, { button: 'allow' });
    // Only auth_type=rerequest makes the dialog offer a declined scope again.
    expect(again.offered).toContain('ads_management');
    expect(again.landed.status).toBe(200);
    expect(await again.landed.text()).toContain('Facebook connected');
    const { authorization: fixed } = await gql(s.app, AuthorizationQuery, { id }, { apiKey: s.apiKey });
    expect(fixed).toMatchObject({ id, label: 'Jane', tokenStatus: { state: 'VALID', declinedScopes: [] } });
    expect(fixed!.tokenFingerprint).not.toBe(declined!.tokenFingerprint);
  });

  it('Cancel lands on the callback and goes back to returnTo with error=access_denied', async () => {
    const s = await setupAuthorizationTest({ env: { ADSAUTH_ALLOWED_RETURN_URLS: RETURN_TO } });
    const gatewayUrl = await s.listen();
    s.world.createUser({ name: 'Jane Doe' });
    const { authorizeUrl } = await s.startOAuth({ returnTo: RETURN_TO });
    const { landed, location } = await throughDialogToGateway(s, gatewayUrl, authorizeUrl, { button: 'cancel' });
    expect(landed.status).toBe(303);
    expect(new URL(location!).searchParams.get('error')).toBe('access_denied');
    expect(s.world.counters().httpRequests).toBe(0);
  });
});
