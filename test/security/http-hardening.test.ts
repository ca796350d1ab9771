import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTestApp, LIVE_MODE_ENV } from '../helpers/test-app.ts';
import { startSandbox } from '../../src/sandbox/sandbox.ts';

const VIEWER_QUERY = JSON.stringify({ query: '{ viewer { role } }' });

async function post(s: Awaited<ReturnType<typeof createTestApp>>, headers: Record<string, string>, body = VIEWER_QUERY) {
  return s.yoga.fetch('http://127.0.0.1/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

function expectPageHeaders(headers: Headers) {
  const policy = headers.get('content-security-policy') ?? '';
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('cache-control')).toBe('no-store');
}

describe('CORS by allow-list', () => {
  it('live mode shares nothing cross-origin by default', async () => {
    const s = await createTestApp({ env: LIVE_MODE_ENV });
    const apiKey = s.createApiKey();
    const response = await post(s, { authorization: `Bearer ${apiKey}`, origin: 'http://localhost:5173' });
    expect(response.status).toBe(200);
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('an exact origin from ADSAUTH_CORS_ORIGINS is allowed with credentials; any other origin gets no Access-Control headers', async () => {
    const s = await createTestApp({
      env: { ...LIVE_MODE_ENV, ADSAUTH_CORS_ORIGINS: 'https://app.example.com, https://admin.example.com' },
    });
    const apiKey = s.createApiKey();
    const allowed = await post(s, { authorization: `Bearer ${apiKey}`, origin: 'https://app.example.com' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('vary')).toMatch(/Origin/);

    for (const origin of ['https://evil.example', 'https://app.example.com.evil.example', 'http://app.example.com', 'null']) {
      const refused = await post(s, { authorization: `Bearer ${apiKey}`, origin });
      expect(refused.headers.get('access-control-allow-origin'), origin).toBeNull();
      const preflight = await s.yoga.fetch('http://127.0.0.1/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
      expect(preflight.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(preflight.headers.get('access-control-allow-headers'), origin).toBeNull();
    }
  });

  it('sandbox mode allows the loopback dev-server origins by default, and no other', async () => {
    const s = await createTestApp();
    const apiKey = s.createApiKey();
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:3000']) {
      expect((await post(s, { authorization: `Bearer ${apiKey}`, origin })).headers.get('access-control-allow-origin')).toBe(origin);
    }
    expect(
      (await post(s, { authorization: `Bearer ${apiKey}`, origin: 'https://evil.example' })).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });

  it('refuses a setting that is not a list of exact origins', async () => {
    for (const bad of ['*', 'https://app.example.com/path', 'app.example.com', 'ftp://x.example']) {
      await expect(createTestApp({ env: { ADSAUTH_CORS_ORIGINS: bad } }), bad).rejects.toThrow(
        /ADSAUTH_CORS_ORIGINS entry .* must be an exact origin/,
      );
    }
  });
});

describe('HTML pages', () => {
  it('the OAuth callback and reconnect pages send a strict policy, no framing, no sniffing, no Referer, no caching', async () => {
    const s = await createTestApp();
    for (const path of ['/oauth/facebook/callback/', '/oauth/facebook/reconnect/?link=broken']) {
      const response = await s.yoga.fetch(`http://127.0.0.1${path}`, { headers: { accept: 'text/html' } });
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expectPageHeaders(response.headers);
      // The page's one inline style is allowed by its hash, and nothing else is.
      const html = await response.text();
      expect(html).toMatch(/<style>/);
      expect(response.headers.get('content-security-policy')).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    }
  });

  it("the sandbox's consent dialog sends the same protections, and its form may lead only to itself and the redirect URI's origin", async () => {
    const sandbox = await startSandbox({ seed: 'empty' });
    try {
      const params = new URLSearchParams({
        client_id: sandbox.world.app.id,
        redirect_uri: 'http://127.0.0.1:4555/oauth/facebook/callback/',
        state: 's',
        scope: 'ads_read',
        response_type: 'code',
      });
      const response = await fetch(`${sandbox.url}/v26.0/dialog/oauth?${params}`);
      expect(response.status).toBe(200);
      expectPageHeaders(response.headers);
      expect(response.headers.get('content-security-policy')).toContain("form-action 'self' http://127.0.0.1:4555");
    } finally {
      await sandbox.close();
    }
  });
});

describe('introspection', () => {
  const introspect = JSON.stringify({ query: '{ __schema { queryType { name } } }' });

  it('is off in live mode: __schema is a validation error (400 under graphql-response+json); __type of a known name still answers', async () => {
    const s = await createTestApp({ env: LIVE_MODE_ENV });
    const apiKey = s.createApiKey();
    for (const query of ['{ __schema { queryType { name } } }', '{ viewer { role } __schema { types { name } } }']) {
      const response = await post(
        s,
        { authorization: `Bearer ${apiKey}`, accept: 'application/graphql-response+json' },
        JSON.stringify({ query }),
      );
      expect(response.status, query).toBe(400);
      const body = await response.json();
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors[0].message).toMatch(/introspection/i);
    }
    const typeQuery = JSON.stringify({ query: '{ __type(name: "Role") { enumValues { name } } }' });
    const byName = await (await post(s, { authorization: `Bearer ${apiKey}` }, typeQuery)).json();
    expect(byName.data.__type.enumValues).toContainEqual({ name: 'OPERATOR' });
  });

  it('is on in sandbox mode, and ADSAUTH_INTROSPECTION=true turns it on in live mode', async () => {
    for (const env of [{}, { ...LIVE_MODE_ENV, ADSAUTH_INTROSPECTION: 'true' }]) {
      const s = await createTestApp({ env });
      const response = await post(s, { authorization: `Bearer ${s.createApiKey()}` }, introspect);
      expect(await response.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    }
  });
});

describe('requests and files', () => {
  it('a declared body over 2 MB is refused with 413 before it is read', async () => {
    const s = await createTestApp();
    const url = await s.listen();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${s.createApiKey()}` },
      body: JSON.stringify({ query: `{ viewer { role } } #${'x'.repeat(3 * 1024 * 1024)}` }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('the database file and its WAL are readable by their owner only', async () => {
    const s = await createTestApp();
    s.createApiKey();
    expect(statSync(s.databaseFile).mode & 0o777).toBe(0o600);
    expect(statSync(`${s.databaseFile}-wal`).mode & 0o777).toBe(0o600);
  });
});
