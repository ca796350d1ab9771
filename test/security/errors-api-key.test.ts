// The API key is checked before the body is read: a request without a valid key is answered 401
// UNAUTHENTICATED whatever its body, and the routes that need no key keep working without one.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { GRAPHQL_RESPONSE_JSON, postRaw, read } from './support.ts';

describe('the API key, checked before the body', () => {
  it('no key: 401 UNAUTHENTICATED for a valid query, invalid JSON, a 1 MB body and a GET, without echoing anything', async () => {
    const t = await createTestApp();
    const bodies = [
      '{"query":"{ viewer { role } }"}',
      '{"query": "{ viewer { role } }" ECHO-MARKER',
      `{"query":"${'ECHO-MARKER '.repeat(100_000)}"}`,
    ];
    for (const body of bodies) {
      for (const headers of [{}, { authorization: 'Bearer adsk_not_a_key' }] as Record<string, string>[]) {
        const response = await postRaw(t, body, headers);
        expect({ status: response.status, codes: response.codes, contentType: response.contentType }).toEqual({
          status: 401,
          codes: ['UNAUTHENTICATED'],
          contentType: `${GRAPHQL_RESPONSE_JSON}; charset=utf-8`,
        });
        expect(response.text).not.toContain('ECHO-MARKER');
      }
    }
    const get = await t.yoga.fetch(`http://127.0.0.1/graphql?query=${encodeURIComponent('{ viewer { role } }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(get.headers.get('www-authenticate')).toBe('Bearer');
    const read401 = await read(get);
    expect({ status: read401.status, codes: read401.codes, contentType: read401.contentType }).toEqual({
      status: 401,
      codes: ['UNAUTHENTICATED'],
      contentType: 'application/json; charset=utf-8',
    });
  });

  it('over HTTP, a request without a key is answered while its body has not arrived', async () => {
    const t = await createTestApp();
    const base = new URL(await t.listen());
    // Announces a 1 MB body and sends 10 bytes of it: a server that read the body first would never answer.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({
        host: base.hostname,
        port: base.port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(1024 * 1024) },
      });
      req.on('response', (response) => {
        resolve(response.statusCode ?? 0);
        response.resume();
        req.destroy();
      });
      req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
      req.write('{"query":"');
    });
    expect(status).toBe(401);
  });

  it('the routes that need no key answer without one', async () => {
    const t = await createTestApp();
    const status = async (path: string, init: RequestInit = {}) => (await t.yoga.fetch(`http://127.0.0.1${path}`, init)).status;
    expect(await status('/healthz')).toBe(200);
    expect(await status('/readyz')).toBe(200);
    // The OAuth callback's own answer to a request without state (an HTML page), not the key check's.
    const callback = await t.yoga.fetch('http://127.0.0.1/oauth/facebook/callback/');
    expect(callback.status).not.toBe(401);
    expect(callback.headers.get('content-type')).toContain('text/html');
    await callback.text();
    // A CORS preflight carries no credentials.
    const preflight = await status('/graphql', {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:4000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight).not.toBe(401);
  });

  it("sandbox mode's GraphiQL page opens without a key; GraphQL over GET still needs one", async () => {
    const t = await createTestApp();
    const graphiqlApiKey = t.createApiKey();
    const { yoga } = createApp({
      database: t.database,
      clock: t.clock,
      config: t.config,
      facebook: t.facebook,
      log: t.logs.log,
      fetch: globalThis.fetch,
      graphiqlApiKey,
    });
    const page = await yoga.fetch('http://127.0.0.1/graphql', { headers: { accept: 'text/html' } });
    expect({ status: page.status, type: page.headers.get('content-type') }).toEqual({
      status: 200,
      type: expect.stringContaining('text/html'),
    });
    await page.text();
    const query = await yoga.fetch(`http://127.0.0.1/graphql?query=${encodeURIComponent('{ viewer { role } }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(query.status).toBe(401);
    await query.text();
  });
});
