// What the client puts on the wire and how it reads odd answers, against a scripted loopback server.
import { afterEach, describe, expect, it } from 'vitest';
import { appSecretProof } from '../../src/graph/appsecret-proof.ts';
import { GraphClientError, GraphTransientError, GraphUnexpectedResponseError } from '../../src/graph/errors.ts';
import { createHttpGraphApi } from '../../src/graph/http-graph-api.ts';
import { startScriptedServer, type ScriptedResponse, type ScriptedServer } from './scripted-server.ts';
import { createRecorder, expectNoSecrets, rejectionOf } from './support.ts';

const APP_ID = '1000001';
const SECRET = 'app-secret-xyz';
const TOKEN = 'EAAusertoken123';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(answer: Parameters<typeof startScriptedServer>[0], options: { timeoutMs?: number } = {}) {
  server = await startScriptedServer(answer);
  const recorder = createRecorder();
  const graph = createHttpGraphApi({
    fetch: recorder.fetch,
    baseUrl: server.url,
    version: 'v26.0',
    appId: APP_ID,
    appSecret: SECRET,
    retryBaseDelayMs: 1,
    timeoutMs: options.timeoutMs ?? 1_000,
    listener: recorder.listener,
  });
  return { graph, recorder, server };
}

describe('requests on the wire', () => {
  it('sends user tokens as Bearer with their appsecret_proof as a parameter', async () => {
    const { graph, server } = await clientFor(() => ({ body: { id: '7', name: 'Jane' } }));
    await expect(graph.getMe(TOKEN)).resolves.toEqual({ id: '7', name: 'Jane' });
    const [request] = server.received;
    expect(request?.method).toBe('GET');
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const url = new URL(request!.url, server.url);
    expect(url.pathname).toBe('/v26.0/me');
    expect(url.searchParams.get('appsecret_proof')).toBe(appSecretProof(SECRET, TOKEN));
    expect(url.searchParams.get('fields')).toBe('id,name');
    expect(request!.url).not.toContain(TOKEN);
  });

  it('posts token exchanges as forms, so the secret, the code and the token stay out of the URL', async () => {
    const { graph, server } = await clientFor(() => ({ body: { access_token: 'EAAnew', token_type: 'bearer', expires_in: 5183944 } }));
    await graph.exchangeCode({ code: 'the-code', redirectUri: 'http://127.0.0.1:4000/cb/' });
    await graph.exchangeForLongLivedToken({ accessToken: TOKEN, setTokenExpiresIn60Days: true });
    const [codeExchange, longLived] = server.received;
    for (const request of [codeExchange!, longLived!]) {
      expect(request.method).toBe('POST');
      expect(request.url).toBe('/v26.0/oauth/access_token');
      expect(request.headers['content-type']).toContain('application/x-www-form-urlencoded');
    }
    expect(Object.fromEntries(new URLSearchParams(codeExchange!.body))).toEqual({
      client_id: APP_ID,
      client_secret: SECRET,
      redirect_uri: 'http://127.0.0.1:4000/cb/',
      code: 'the-code',
    });
    expect(Object.fromEntries(new URLSearchParams(longLived!.body))).toEqual({
      client_id: APP_ID,
      client_secret: SECRET,
      grant_type: 'fb_exchange_token',
      fb_exchange_token: TOKEN,
      set_token_expires_in_60_days: 'true',
    });
  });

  it('inspects tokens with the app token, proofed with the app secret', async () => {
    const { graph, server } = await clientFor(() => ({ body: { data: { is_valid: true, app_id: APP_ID, type: 'USER', scopes: [] } } }));
    await graph.debugToken(TOKEN);
    const request = server.received[0]!;
    const url = new URL(request.url, server.url);
    expect(request.method).toBe('GET');
    expect(request.headers.authorization).toBe(`Bearer ${APP_ID}|${SECRET}`);
    expect(url.searchParams.get('input_token')).toBe(TOKEN);
    expect(url.searchParams.get('appsecret_proof')).toBe(appSecretProof(SECRET, `${APP_ID}|${SECRET}`));
  });

  it('posts batches to the version root with the token in the header and the proof in the form', async () => {
    const { graph, server } = await clientFor(() => ({ body: [{ code: 200, headers: [], body: '{"id":"7"}' }] }));
    const [result] = await graph.batch(TOKEN, [{ method: 'GET', relativeUrl: 'me?fields=id' }]);
    expect(result).toEqual({ ok: true, status: 200, body: { id: '7' } });
    const request = server.received[0]!;
    expect(request.url).toBe('/v26.0/');
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const form = new URLSearchParams(request.body);
    expect(form.get('appsecret_proof')).toBe(appSecretProof(SECRET, TOKEN));
    expect(JSON.parse(form.get('batch')!)).toEqual([{ method: 'GET', relative_url: 'me?fields=id' }]);
  });
});

describe('odd answers', () => {
  it('turns an unexpected shape into GraphUnexpectedResponseError, without retrying', async () => {
    // A number JSON cannot carry (Infinity serialises as null): an id of the wrong type.
    // eslint-disable-next-line no-loss-of-precision
    const { graph, recorder } = await clientFor(() => ({ body: { id: 7 * 1e400 } }));
    const error = await rejectionOf(graph.getMe(TOKEN));
    expect(error).toBeInstanceOf(GraphUnexpectedResponseError);
    expect(error.message).toContain('GET me');
    expect(recorder.calls).toHaveLength(1);
  });

  it('turns a 2xx body that is not JSON into GraphUnexpectedResponseError', async () => {
    const { graph } = await clientFor(() => ({ body: '<html>hello</html>', headers: { 'content-type': 'text/html' } }));
    expect(await rejectionOf(graph.getMe(TOKEN))).toBeInstanceOf(GraphUnexpectedResponseError);
  });

  it('retries a 5xx without envelope three times, then gives up with TRANSIENT', async () => {
    const { graph, server, recorder } = await clientFor(() => ({ status: 502, body: '<html>Bad gateway</html>' }));
    const error = await rejectionOf(graph.getMe(TOKEN));
    expect(error).toBeInstanceOf(GraphTransientError);
    expect(error).toMatchObject({ httpStatus: 502 });
    expect(server.received).toHaveLength(4);
    expect(recorder.calls.map((c) => [c.endpoint, c.ok])).toEqual(Array(4).fill(['GET me', false]));
  });

  it('recovers when a retry succeeds', async () => {
    const { graph, server } = await clientFor((_, index) => (index < 2 ? { status: 500, body: '' } : { body: { id: '1' } }));
    await expect(graph.getMe(TOKEN)).resolves.toEqual({ id: '1', name: undefined });
    expect(server.received).toHaveLength(3);
  });

  it('redacts secrets that Graph echoes in a message', async () => {
    const { graph } = await clientFor(() => ({
      status: 400,
      body: { error: { message: `(#100) Bad token ${TOKEN} with secret ${SECRET}`, type: 'OAuthException', code: 100 } },
    }));
    const error = await rejectionOf(graph.getMe(TOKEN));
    expect(error).toBeInstanceOf(GraphClientError);
    expect(error.message).toBe('(#100) Bad token [redacted] with secret [redacted]');
    expectNoSecrets(error, [TOKEN, SECRET, appSecretProof(SECRET, TOKEN)]);
  });

  it('reports a network failure as TRANSIENT without naming the URL', async () => {
    const { graph, server, recorder } = await clientFor(() => ({}));
    await server.close();
    const error = await rejectionOf(graph.debugToken(TOKEN));
    expect(error).toBeInstanceOf(GraphTransientError);
    expect(error.message).toMatch(/^Graph call GET debug_token failed: network error/);
    expect(error.message).not.toContain('127.0.0.1');
    expectNoSecrets(error, [TOKEN, SECRET]);
    expect(recorder.calls).toHaveLength(4);
  });
});

describe('paging guards', () => {
  it('fails typed when a page has next but no new cursor', async () => {
    const page: ScriptedResponse = { body: { data: [], paging: { cursors: { after: 'same' }, next: 'http://x/next' } } };
    const { graph, server } = await clientFor(() => page);
    expect(await rejectionOf(graph.getPermissions(TOKEN))).toBeInstanceOf(GraphUnexpectedResponseError);
    expect(server.received).toHaveLength(2);
  });
});
