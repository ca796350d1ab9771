import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { AuthorizationQuery, AuthorizationsQuery, CompleteFacebookOAuth, StartFacebookOAuth } from './documents.ts';
import { setupAuthorizationTest, type AuthorizationTest } from './support.ts';

const RETURN_BASE = 'https://app.example.com/integrations/facebook';
const env = { ADSAUTH_ALLOWED_RETURN_URLS: `${RETURN_BASE},https://admin.example.com/` };

interface CallbackAnswer {
  status: number;
  location: string | null;
  contentType: string | null;
  body: string;
}

/** Opens the callback the way the browser would after the dialog, and keeps everything it answered. */
function callbackOpener(baseUrl: string, seen: CallbackAnswer[]) {
  return async (params: Record<string, string>): Promise<CallbackAnswer> => {
    const response = await fetch(`${baseUrl}/oauth/facebook/callback/?${new URLSearchParams(params)}`, { redirect: 'manual' });
    const answer = {
      status: response.status,
      location: response.headers.get('location'),
      contentType: response.headers.get('content-type'),
      body: await response.text(),
    };
    seen.push(answer);
    return answer;
  };
}

async function setup() {
  const s = await setupAuthorizationTest({ env });
  const seen: CallbackAnswer[] = [];
  const open = callbackOpener(await s.listen(), seen);
  return { s, seen, open };
}

/** Every token the sandbox ever minted, and the given codes and states, appear in no answer and no log line. */
function expectNoSecrets(s: AuthorizationTest, seen: CallbackAnswer[], secrets: string[]) {
  const tokens = s.world.snapshot().tokens.map((t) => t.accessToken);
  expect(tokens.length).toBeGreaterThan(0);
  const everything = [...seen.map((a) => `${a.location ?? ''}\n${a.body}`), s.logs.text()].join('\n');
  for (const secret of [...tokens, ...secrets, s.world.app.secret]) expect(everything).not.toContain(secret);
}

const authorizationCount = async (s: AuthorizationTest) =>
  (await gql(s.app, AuthorizationsQuery, {}, { apiKey: s.apiKey })).authorizations.totalCount;

describe('GET /oauth/facebook/callback/ over HTTP', () => {
  it('refuses a returnTo outside ADSAUTH_ALLOWED_RETURN_URLS as ValidationError on returnTo', async () => {
    const s = await setupAuthorizationTest({ env });
    const outside = [
      'https://evil.example.net/integrations/facebook',
      'https://app.example.com.evil.test/integrations/facebook',
      'https://app.example.com/integrations/facebook-admin',
      'https://app.example.com/other',
      'http://app.example.com/integrations/facebook',
      'https://user:pass@app.example.com/integrations/facebook',
      'javascript:alert(1)//app.example.com/integrations/facebook',
      'not a url',
    ];
    for (const returnTo of outside) {
      const { startFacebookOAuth: result } = await gql(
        s.app,
        StartFacebookOAuth,
        { input: { label: 'x', returnTo } },
        { apiKey: s.apiKey },
      );
      expect(result, returnTo).toMatchObject({ __typename: 'ValidationError', field: 'returnTo' });
    }
    await s.startOAuth({ returnTo: `${RETURN_BASE}/done?tab=2` });
    await s.startOAuth({ returnTo: 'https://admin.example.com/anything' });
  });

  it('303s to returnTo with the global authorizationId, and never with the token, the code or the state', async () => {
    const { s, seen, open } = await setup();
    const jane = s.world.createUser({ name: 'Jane' });
    const returnTo = `${RETURN_BASE}/done?tab=2`;
    const { state } = await s.startOAuth({ label: 'Jane', returnTo });
    const code = s.codeFor(jane.id);
    const answer = await open({ code, state });

    expect(answer.status).toBe(303);
    const location = new URL(answer.location!);
    expect(`${location.origin}${location.pathname}`).toBe(`${RETURN_BASE}/done`);
    expect([...location.searchParams.keys()].sort()).toEqual(['authorizationId', 'tab']);
    const id = location.searchParams.get('authorizationId')!;
    const { authorization } = await gql(s.app, AuthorizationQuery, { id }, { apiKey: s.apiKey });
    expect(authorization).toMatchObject({
      id,
      label: 'Jane',
      createdBy: 'dashboard',
      facebookUser: { id: jane.id },
      tokenStatus: { state: 'VALID' },
    });
    expectNoSecrets(s, seen, [code, state]);
  });

  it('says on the page when the new authorization needs attention (ads_management declined)', async () => {
    const { s, open } = await setup();
    const jane = s.world.createUser({ name: 'Jane' });
    const { state } = await s.startOAuth({ label: 'Jane' });
    const answer = await open({ code: s.codeFor(jane.id, [], ['ads_management']), state });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Facebook connected, but it needs attention');
    expect(answer.body).toContain('ads_management');
    expect(answer.body).not.toContain('<h1>Facebook connected</h1>');
  });

  it('shows an HTML page on success when there is no returnTo', async () => {
    const { s, seen, open } = await setup();
    const jane = s.world.createUser({ name: 'Jane' });
    const { state } = await s.startOAuth({ label: 'Jane <ads>' });
    const code = s.codeFor(jane.id);
    const answer = await open({ code, state });
    expect(answer).toMatchObject({ status: 200, location: null });
    expect(answer.contentType).toMatch(/^text\/html/);
    expect(answer.body).toContain('Facebook connected');
    expect(answer.body).toContain('Jane &lt;ads&gt;');
    expect(await authorizationCount(s)).toBe(1);
    expectNoSecrets(s, seen, [code, state]);
  });

  it('shows a 400 HTML page for an unknown or missing state, without calling Graph', async () => {
    const { s, open } = await setup();
    const jane = s.world.createUser({ name: 'Jane' });
    const attempts: Record<string, string>[] = [
      { code: s.codeFor(jane.id), state: 'forged' },
      { code: s.codeFor(jane.id) },
      { state: 'forged', error: 'access_denied' },
    ];
    for (const params of attempts) {
      const answer = await open(params);
      expect(answer.status, JSON.stringify(params)).toBe(400);
      expect(answer.contentType).toMatch(/^text\/html/);
      expect(answer.body).toContain('Facebook connection failed');
    }
    expect(s.world.counters().httpRequests).toBe(0);
  });

  it('sends a reused state back to its returnTo with error=invalid_state', async () => {
    const { s, open } = await setup();
    const jane = s.world.createUser({ name: 'Jane' });
    const returnTo = `${RETURN_BASE}/done`;
    const { state } = await s.startOAuth({ returnTo });
    expect((await open({ code: s.codeFor(jane.id), state })).status).toBe(303);
    const again = await open({ code: s.codeFor(jane.id), state });
    expect(again.status).toBe(303);
    expect(new URL(again.location!).searchParams.get('error')).toBe('invalid_state');
    expect(await authorizationCount(s)).toBe(1);
  });

  it('sends error=wrong_facebook_user when another Facebook user completes a re-authorization', async () => {
    const { s, open } = await setup();
    const jane = await s.connectUser({ name: 'Jane' });
    const bob = s.world.createUser({ name: 'Bob' });
    const { state } = await s.startOAuth({ authorizationId: jane.authorization.id, returnTo: `${RETURN_BASE}/done` });
    const answer = await open({ code: s.codeFor(bob.id), state });
    expect(answer.status).toBe(303);
    expect(new URL(answer.location!).searchParams.get('error')).toBe('wrong_facebook_user');
    const { authorization } = await gql(s.app, AuthorizationQuery, { id: jane.authorization.id }, { apiKey: s.apiKey });
    expect(authorization?.facebookUser?.id).toBe(jane.userId);
  });

  it('turns a cancel into error=access_denied on returnTo, uses the state up, and never answers 500', async () => {
    const { s, open } = await setup();
    const returnTo = `${RETURN_BASE}/done`;
    const { state } = await s.startOAuth({ returnTo });
    const answer = await open({
      error: 'access_denied',
      error_code: '200',
      error_description: 'Permissions error',
      error_reason: 'user_denied',
      state,
    });
    expect(answer.status).toBe(303);
    const location = new URL(answer.location!);
    expect(`${location.origin}${location.pathname}`).toBe(returnTo);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.has('authorizationId')).toBe(false);

    const jane = s.world.createUser({ name: 'Jane' });
    const { completeFacebookOAuth: later } = await gql(
      s.app,
      CompleteFacebookOAuth,
      { input: { code: s.codeFor(jane.id), state } },
      { apiKey: s.apiKey },
    );
    expect(later.__typename).toBe('InvalidOAuthState');
    expect(s.world.counters().httpRequests).toBe(0);
    expect(await authorizationCount(s)).toBe(0);
  });

  it('shows a cancel page when there is no returnTo, also for error_code without error', async () => {
    const { s, open } = await setup();
    const denials: Record<string, string>[] = [
      { error: 'access_denied', error_reason: 'user_denied' },
      { error_code: '4201', error_message: 'User canceled the Dialog flow' },
    ];
    for (const denial of denials) {
      const { state } = await s.startOAuth();
      const answer = await open({ ...denial, state });
      expect(answer.status).toBe(200);
      expect(answer.contentType).toMatch(/^text\/html/);
      expect(answer.body).toContain('cancelled');
    }
    expect(await authorizationCount(s)).toBe(0);
  });

  it('sends error=temporarily_unavailable and stores nothing when Graph fails mid-way', async () => {
    const { s, seen, open } = await setup();
    const jane = s.world.createUser({ name: 'Jane' });
    const returnTo = `${RETURN_BASE}/done`;
    const { state } = await s.startOAuth({ returnTo });
    // Every attempt at /me/permissions fails, retries included: the token exchange has already happened.
    s.world.setFaults({
      scripted: [1, 2, 3, 4, 5, 6].map((onCall) => ({ pathIncludes: 'permissions', onCall, fault: 'http500' as const })),
    });
    const code = s.codeFor(jane.id);
    const answer = await open({ code, state });

    expect(answer.status).toBe(303);
    expect(new URL(answer.location!).searchParams.get('error')).toBe('temporarily_unavailable');
    expect(s.world.counters().byEndpoint['GET debug_token']).toBe(1);
    expect(await authorizationCount(s)).toBe(0);
    expect(s.database.sqlite.prepare('select count(*) as n from authorizations').get()).toEqual({ n: 0 });
    expectNoSecrets(s, seen, [code, state]);
  });
});
