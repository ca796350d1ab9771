// The helper every integration test stands on: prove it gives a real, isolated, closable app.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { TEST_NOW, createTestApp, type TestApp } from '../helpers/test-app.ts';
import { ViewerQuery } from './documents.ts';

describe('createTestApp', () => {
  it('starts an empty Graph sandbox that the app calls, on the same fixed clock', async () => {
    const t = await createTestApp();
    expect(t.sandbox).toBeDefined();
    expect(t.facebook).toMatchObject({ graphApiUrl: t.sandbox!.url, appId: t.sandbox!.world.app.id, sandbox: true });
    expect(t.sandbox!.world.snapshot().users).toEqual([]);
    const user = t.sandbox!.world.createUser({ name: 'Ada' });
    const { accessToken, issuedAt } = t.sandbox!.world.createToken({ type: 'USER', userId: user.id, scopes: ['ads_management'] });
    expect(issuedAt * 1000).toBe(new Date(TEST_NOW).getTime());
    await expect(t.app.graph.getMe(accessToken)).resolves.toMatchObject({ id: user.id, name: 'Ada' });
  });

  it('gives each test its own database', async () => {
    const first = await createTestApp();
    const second = await createTestApp();
    first.createApiKey();
    expect(first.databaseFile).not.toBe(second.databaseFile);
    expect(second.services.apiKeys.list()).toEqual([]);
  });

  it('captures logs with the production redaction', async () => {
    const t = await createTestApp();
    t.logs.log.info({ access_token: 'MARKER-token' }, 'hello');
    expect(t.logs.records.at(-1)).toMatchObject({ msg: 'hello', access_token: '[redacted]' });
    expect(t.logs.text()).not.toContain('MARKER');
  });

  it('close() closes the database, the sandbox and the HTTP server, and removes the temp files', async () => {
    const t: TestApp = await createTestApp();
    const url = await t.listen();
    await gql(url, ViewerQuery, {}, { apiKey: t.createApiKey() });
    const sandboxUrl = t.sandbox!.url;
    await t.close();
    expect(t.database.ping()).toBe(false);
    expect(existsSync(dirname(t.databaseFile))).toBe(false);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    await expect(fetch(`${sandboxUrl}/__sandbox/world`)).rejects.toThrow();
    await t.close(); // a second close, as the automatic one after the test, is harmless
  });

  it('can point at another Graph URL and start no sandbox', async () => {
    const t = await createTestApp({ graph: { graphUrl: 'http://127.0.0.1:9' }, database: ':memory:' });
    expect(t.sandbox).toBeUndefined();
    expect(t.facebook.graphApiUrl).toBe('http://127.0.0.1:9');
    expect(t.databaseFile).toBe(':memory:');
  });
});
