import { describe, expect, it } from 'vitest';
import { sandbox, type TestSandbox } from './helpers.ts';

const REDIRECT = 'https://gateway.example/oauth/facebook/callback/';

function dialogUrl(sb: TestSandbox, extra: Record<string, string> = {}) {
  const params = new URLSearchParams({
    client_id: sb.world.app.id,
    redirect_uri: REDIRECT,
    state: 'st<8>',
    scope: 'ads_management,ads_read,business_management',
    response_type: 'code',
    ...extra,
  });
  return `${sb.url}/v26.0/dialog/oauth?${params}`;
}

/** Submits the consent form as a browser would, from the fields in the page. */
async function submit(sb: TestSandbox, html: string, choose: { action: 'allow' | 'cancel'; uncheck?: string[] }) {
  const form = new URLSearchParams();
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) form.set(name!, unescape(value!));
  for (const [, name] of html.matchAll(/<input type="checkbox" name="([^"]+)" value="1" checked>/g)) {
    if (!choose.uncheck?.includes(name!.slice('grant.'.length))) form.set(name!, '1');
  }
  form.set('action', choose.action);
  const response = await fetch(`${sb.url}/v26.0/dialog/oauth`, { method: 'POST', body: form, redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location') };
}
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('Graph sandbox: OAuth dialog', () => {
  it('shows the app, a user picker and the requested scopes, HTML-escaped', async () => {
    const sb = await sandbox();
    sb.world.setApp({ name: 'Ads <Gateway>' });
    sb.world.createUser({ name: 'Jane & Co' });
    sb.world.createUser({ name: 'Bob' });
    const response = await fetch(dialogUrl(sb));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('Ads &lt;Gateway&gt;');
    expect(html).not.toContain('Ads <Gateway>');
    expect(html).toContain('Jane &amp; Co');
    expect(html).toContain('Bob');
    expect(html).toContain('value="st&lt;8&gt;"');
    for (const scope of ['ads_management', 'ads_read', 'business_management'])
      expect(html).toContain(`name="grant.${scope}" value="1" checked`);
    expect(sb.world.counters().httpRequests).toBe(0);
  });

  it('Allow redirects with code and state; the code exchanges for a token with what was granted', async () => {
    const sb = await sandbox();
    const jane = sb.world.createUser({ name: 'Jane' });
    const bob = sb.world.createUser({ name: 'Bob' });
    const html = await (await fetch(`${dialogUrl(sb)}&sandbox_user=${bob.id}`)).text();
    const { status, location } = await submit(sb, html, { action: 'allow', uncheck: ['business_management'] });
    expect(status).toBe(302);
    const target = new URL(location!);
    expect(`${target.origin}${target.pathname}`).toBe(REDIRECT);
    expect(target.searchParams.get('state')).toBe('st<8>');
    const code = target.searchParams.get('code')!;

    const { app } = sb.world;
    const exchanged = await sb.graph(
      `/v26.0/oauth/access_token?${new URLSearchParams({ client_id: app.id, client_secret: app.secret, redirect_uri: REDIRECT, code })}`,
    );
    const info = sb.world.tokenInfo(exchanged.body.access_token)!;
    expect(info).toMatchObject({ userId: bob.id, scopes: ['ads_management', 'ads_read'], declinedScopes: ['business_management'] });
    expect(info.userId).not.toBe(jane.id);
  });

  it('does not ask again for a declined scope unless auth_type=rerequest', async () => {
    const sb = await sandbox();
    sb.world.createUser({ name: 'Jane' });
    await submit(sb, await (await fetch(dialogUrl(sb))).text(), { action: 'allow', uncheck: ['ads_management'] });

    const again = await (await fetch(dialogUrl(sb))).text();
    expect(again).not.toContain('name="grant.ads_management"');
    expect(again).toMatch(/ads_management — you declined this before/);

    const rerequest = await (await fetch(dialogUrl(sb, { auth_type: 'rerequest' }))).text();
    expect(rerequest).toContain('name="grant.ads_management" value="1" checked');
    const { location } = await submit(sb, rerequest, { action: 'allow' });
    const code = new URL(location!).searchParams.get('code')!;
    const { app } = sb.world;
    const token = (
      await sb.graph(
        `/v26.0/oauth/access_token?${new URLSearchParams({ client_id: app.id, client_secret: app.secret, redirect_uri: REDIRECT, code })}`,
      )
    ).body.access_token;
    expect(sb.world.tokenInfo(token)!.scopes).toContain('ads_management');
  });

  it('Cancel redirects with error=access_denied and error_reason=user_denied', async () => {
    const sb = await sandbox();
    sb.world.createUser({ name: 'Jane' });
    const { status, location } = await submit(sb, await (await fetch(dialogUrl(sb))).text(), { action: 'cancel' });
    expect(status).toBe(302);
    expect(location).toBe(
      `${REDIRECT}?error=access_denied&error_code=200&error_description=Permissions+error&error_reason=user_denied&state=st%3C8%3E`,
    );
  });

  it("lists a user configuration's permissions without checkboxes: they are all or nothing", async () => {
    const sb = await sandbox();
    sb.world.createUser({ name: 'Jane' });
    const html = await (await fetch(dialogUrl(sb, { scope: '', config_id: '700000000000001' }))).text();
    expect(html).toContain('<li>ads_management</li>');
    expect(html).not.toContain('type="checkbox"');
  });

  it('preselects the person named by sandbox_user, and the default button continues as them', async () => {
    const sb = await sandbox();
    sb.world.createUser({ name: 'Jane' });
    const bob = sb.world.createUser({ name: 'Bob' });
    const html = await (await fetch(dialogUrl(sb, { sandbox_user: bob.id }))).text();
    expect(html).toContain('Continue as Bob');
    expect(html).toContain(`<input type="hidden" name="user_id" value="${bob.id}">`);
  });

  it('answers an unknown client_id or a missing redirect_uri with a 400 page', async () => {
    const sb = await sandbox();
    const unknown = await fetch(dialogUrl(sb, { client_id: '42' }));
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('Invalid App ID');
    const missing = await fetch(`${sb.url}/v26.0/dialog/oauth?client_id=${sb.world.app.id}`);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('redirect_uri');
  });

  it('refuses a system-user configuration without override_default_response_type, as Meta words it', async () => {
    const sb = await sandbox();
    const refused = await fetch(dialogUrl(sb, { scope: '', config_id: '700000000000002' }));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Business System User Access Token is set up with incorrect response_type');
    const business = await fetch(dialogUrl(sb, { scope: '', config_id: '700000000000002', override_default_response_type: 'true' }));
    expect(business.status).toBe(200);
    expect(await business.text()).toContain('Facebook Login for Business');
  });

  it.each(['700000000000001', '700000000000002'])(
    'answers a method other than GET and POST with a 405 page (config_id %s)',
    async (configId) => {
      const sb = await sandbox();
      const response = await fetch(dialogUrl(sb, { scope: '', config_id: configId, override_default_response_type: 'true' }), {
        method: 'PUT',
      });
      expect(response.status).toBe(405);
      expect(await response.text()).toContain('Method not allowed');
    },
  );
});
