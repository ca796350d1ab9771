// The pages a person reads after the dialog: a reconnect link that opens the dialog on the right person,
// a callback page that tells a popup's opener how it ended, and a cancel that is recorded.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { AuthorizationEventsSubscription } from '../history/documents.ts';
import { subscribe } from '../history/sse-client.ts';
import { setupAuthorizationTest, type AuthorizationTest } from './support.ts';
import { landOnGateway, throughDialog } from './through-dialog.ts';
import { AuthorizationQuery } from './documents.ts';

const ALLOWED = 'https://app.example.com/integrations/facebook';
/** Names of mutations and arguments, which pages for people never show. */
const JARGON = /authorizationId|startFacebook|completeFacebook|replaceSystemUserToken|returnTo|\bstate\b|\bcode\b/;

/** The page's inline script, and whether the page's policy allows exactly it. */
function inlineScript(page: Response, html: string) {
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  const csp = page.headers.get('content-security-policy') ?? '';
  const hash = script && `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
  return { script, allowed: hash !== undefined && csp.includes(`script-src ${hash};`) };
}

async function setup(): Promise<{ s: AuthorizationTest; gatewayUrl: string }> {
  const s = await setupAuthorizationTest({ env: { ADSAUTH_ALLOWED_RETURN_URLS: ALLOWED } });
  return { s, gatewayUrl: await s.listen() };
}

describe('the reconnect link', () => {
  it("opens the sandbox dialog on the authorization's person, and the default click reconnects them", async () => {
    const { s, gatewayUrl } = await setup();
    s.world.createUser({ name: 'Someone first' });
    const bob = s.world.createUser({ name: 'Bob Second' });
    const connected = await s.connectUser({ userId: bob.id });
    s.world.changePassword(bob.id);
    const link = new URL(s.services.reconnectLinks.linkFor(decodeGlobalID(connected.authorization.id).id));

    const opened = await fetch(`${gatewayUrl}${link.pathname}${link.search}`, { redirect: 'manual' });
    expect(opened.status).toBe(302);
    const dialogUrl = new URL(opened.headers.get('location')!);
    expect(dialogUrl.searchParams.get('sandbox_user')).toBe(bob.id);
    const dialog = await throughDialog(dialogUrl.toString(), { button: 'allow' });
    expect(dialog.continueAs).toBe('Bob Second');
    const landed = await landOnGateway(dialog.back, gatewayUrl);
    const html = await landed.text();
    expect(landed.status, html).toBe(200);
    expect(html).toContain('Facebook connected');
    expect(html.replace(/<script>[\s\S]*<\/script>/, '')).not.toMatch(JARGON);
    const { authorization } = await gql(s.app, AuthorizationQuery, { id: connected.authorization.id }, { apiKey: s.apiKey });
    expect(authorization?.tokenStatus.state).toBe('VALID');
  });

  it('another person signing in gets a page in plain words, without mutation or argument names', async () => {
    const { s, gatewayUrl } = await setup();
    const jane = s.world.createUser({ name: 'Jane' });
    const connected = await s.connectUser({ userId: jane.id });
    const mallory = s.world.createUser({ name: 'Mallory' });
    const { authorizeUrl } = await s.startOAuth({ label: 'x', authorizationId: connected.authorization.id });
    const picked = new URL(authorizeUrl);
    picked.searchParams.set('sandbox_user', mallory.id);
    const dialog = await throughDialog(picked.toString(), { button: 'allow' });
    const landed = await landOnGateway(dialog.back, gatewayUrl);
    const html = await landed.text();
    expect(html).toContain('belongs to another Facebook user');
    expect(html.replace(/<script>[\s\S]*<\/script>/, '')).not.toMatch(JARGON);
  });

  it('a callback with neither an answer nor an error gets a page without the parameter names', async () => {
    const { s, gatewayUrl } = await setup();
    const { state } = await s.startOAuth({ label: 'x' });
    const landed = await fetch(`${gatewayUrl}/oauth/facebook/callback/?state=${state}`, { redirect: 'manual' });
    expect(landed.status).toBe(400);
    expect((await landed.text()).replace(/<script>[\s\S]*<\/script>/, '')).not.toMatch(JARGON);
  });
});

describe('the callback page in a popup', () => {
  /** A first connect through the dialog, and the callback page the popup lands on, with its inline script. */
  async function popupLanding(button: 'allow' | 'cancel') {
    const { s, gatewayUrl } = await setup();
    s.world.createUser({ name: 'Jane' });
    const { authorizeUrl } = await s.startOAuth({ label: 'Jane' });
    const dialog = await throughDialog(authorizeUrl, { button });
    const page = await landOnGateway(dialog.back, gatewayUrl);
    const html = await page.text();
    return { page, html, ...inlineScript(page, html) };
  }

  it('tells its opener the new authorization, only on its own and the allowed origins, with a script its policy allows', async () => {
    const { script, allowed } = await popupLanding('allow');
    expect(allowed).toBe(true);
    const id = /"authorizationId":"([^"]+)"/.exec(script!)?.[1];
    expect(decodeGlobalID(id!).typename).toBe('Authorization');
    expect(script).toContain('"type":"adsauth:oauth"');
    expect(script).toContain('window.location.origin');
    // The allowed return URLs' origins, among them the gateway's own (its dashboard's redirect flow).
    const origins = JSON.parse(/\.concat\((\[[^\]]*\])\)/.exec(script!)![1]!) as string[];
    expect(origins).toContain(new URL(ALLOWED).origin);
    expect(origins.every((origin) => origin === new URL(ALLOWED).origin || origin === 'http://127.0.0.1:4000')).toBe(true);
    expect(script).not.toContain("'*'");
    expect(script).toContain('window.close()');
  });

  it('tells its opener error=access_denied on Cancel', async () => {
    const { page, html, script, allowed } = await popupLanding('cancel');
    expect(html).toContain('Facebook connection cancelled');
    expect(allowed, `${page.headers.get('content-security-policy')}\n${html}`).toBe(true);
    expect(script).toContain('{"type":"adsauth:oauth","error":"access_denied"}');
  });
});

describe('a cancel is recorded', () => {
  it('as authorization.connect_cancelled: without an authorization on a first connect, with it on a reconnect, live', async () => {
    const { s, gatewayUrl } = await setup();
    const jane = s.world.createUser({ name: 'Jane' });
    const connected = await s.connectUser({ userId: jane.id });
    const stream = await subscribe(gatewayUrl, AuthorizationEventsSubscription, {}, s.apiKey);

    const first = await s.startOAuth({ label: 'Never connected' });
    const cancelledFirst = await throughDialog(first.authorizeUrl, { button: 'cancel' });
    expect((await landOnGateway(cancelledFirst.back, gatewayUrl)).status).toBe(200);
    const reconnect = await s.startOAuth({ label: 'ignored', authorizationId: connected.authorization.id });
    const cancelledAgain = await throughDialog(reconnect.authorizeUrl, { button: 'cancel' });
    expect((await landOnGateway(cancelledAgain.back, gatewayUrl)).status).toBe(200);

    const received = [await stream.next(), await stream.next()].map((result) => result.data!.authorizationEvents);
    expect(received.map((e) => [e.type, e.authorizationId, e.label, e.actor, e.details.__typename])).toEqual([
      ['AUTHORIZATION_CONNECT_CANCELLED', null, 'Never connected', 'oauth', 'ConnectCancelledEventDetails'],
      [
        'AUTHORIZATION_CONNECT_CANCELLED',
        connected.authorization.id,
        connected.authorization.label,
        'oauth',
        'ConnectCancelledEventDetails',
      ],
    ]);
    stream.abort();
    await stream.ended;
  });
});
