import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { setupAuthorizationTest } from './support.ts';

describe('the callback re-checks returnTo against the allow-list', () => {
  it('shows the result page instead of redirecting to a URL that is no longer allowed', async () => {
    const allowed = 'https://app.example.com/settings';
    const s = await setupAuthorizationTest({ env: { ADSAUTH_ALLOWED_RETURN_URLS: allowed } });
    const jane = s.world.createUser({ name: 'Jane' });
    const { state } = await s.startOAuth({ returnTo: `${allowed}/facebook` });

    // The operator removes the URL; the gateway restarts with the new setting.
    const config = loadConfig({
      ADSAUTH_DATABASE: s.databaseFile,
      ADSAUTH_ENCRYPTION_KEYS: s.config.encryptionKeys!.map((k) => `${k.id}:${k.key.toString('base64')}`).join(','),
      ADSAUTH_ALLOWED_RETURN_URLS: 'https://other.example.com',
    });
    const app = createApp({ database: s.database, clock: s.clock, config, facebook: s.facebook, log: s.logs.log, fetch: globalThis.fetch });
    const server = createServer(app.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const response = await fetch(`${base}/oauth/facebook/callback/?code=${s.codeFor(jane.id)}&state=${state}`, { redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('Facebook connected');
  });
});
