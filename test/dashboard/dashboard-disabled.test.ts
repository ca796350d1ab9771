import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServe, tempDir } from '../helpers/spawn.ts';

describe('ADSAUTH_DASHBOARD=false', () => {
  it('serves no dashboard, and the API as before', { timeout: 90_000 }, async () => {
    const dir = tempDir();
    const gateway = await startServe({
      env: { ADSAUTH_DATABASE: join(dir, 'adsauth.db'), PORT: '0', ADSAUTH_SWEEP_INTERVAL: '0', ADSAUTH_DASHBOARD: 'false' },
      timeoutMs: 60_000,
    });
    for (const path of ['/', '/authorizations', '/app']) {
      const page = await fetch(gateway.url + path, { headers: { accept: 'text/html' } });
      // No page: the path is left to the API, which asks for a key, as it does for any path it does not know.
      expect([path, page.status, page.headers.get('content-type')]).toEqual([path, 401, 'application/json; charset=utf-8']);
      expect(await page.text()).not.toContain('<div id="root">');
    }
    const apiKey = /API key:\s+(\S+)/.exec(gateway.stdout())![1]!;
    const api = await fetch(gateway.url + '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    expect(await api.json()).toEqual({ data: { viewer: { role: 'ADMIN' } } });
  });
});
