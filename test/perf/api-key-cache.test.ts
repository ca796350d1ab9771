import { describe, expect, it } from 'vitest';
import { fixedClock, systemClock } from '../../src/clock.ts';
import { API_KEY_CACHE_MS } from '../../src/services/api-keys/api-keys.ts';
import { ViewerQuery } from '../integration/documents.ts';
import { gqlResponse } from '../helpers/gql.ts';
import { createTestApp, TEST_NOW } from '../helpers/test-app.ts';
import { secondApp } from './second-app.ts';

describe('the API-key lookup is cached for at most a second, across processes', () => {
  it('a key revoked through one gateway is refused by another on the same file once its entry is 1 s old', async () => {
    const first = await createTestApp();
    const clock = fixedClock(TEST_NOW);
    const second = secondApp(first, { clock });
    const apiKey = first.createApiKey({ name: 'ci' });
    const status = async () => (await gqlResponse(second, ViewerQuery, {}, { apiKey })).status;

    expect(await status()).toBe(200);
    first.services.apiKeys.revoke(first.services.apiKeys.list().find((key) => key.name === 'ci')!.id);

    // The second gateway's clock stands still, so its entry is trusted until exactly API_KEY_CACHE_MS.
    expect(API_KEY_CACHE_MS).toBeLessThanOrEqual(1_000);
    expect(await status()).toBe(200);
    clock.advance(API_KEY_CACHE_MS - 1);
    expect(await status()).toBe(200);
    clock.advance(1);
    expect(await status()).toBe(401);
  });

  it('a key revoked through the gateway that cached it is refused at once', async () => {
    const t = await createTestApp();
    const apiKey = t.createApiKey({ name: 'ci' });
    expect((await gqlResponse(t, ViewerQuery, {}, { apiKey })).status).toBe(200);
    t.services.apiKeys.revoke(t.services.apiKeys.list().find((key) => key.name === 'ci')!.id);
    expect((await gqlResponse(t, ViewerQuery, {}, { apiKey })).status).toBe(401);
  });

  it('with the real clock, the other gateway refuses the revoked key without anything else happening', async () => {
    const first = await createTestApp();
    const second = secondApp(first, { clock: systemClock });
    const apiKey = first.createApiKey({ name: 'ci' });
    const status = async () => (await gqlResponse(second, ViewerQuery, {}, { apiKey })).status;
    expect(await status()).toBe(200);
    first.services.apiKeys.revoke(first.services.apiKeys.list().find((key) => key.name === 'ci')!.id);
    // How soon is the test above's business (on a clock the test moves); here only that it happens,
    // polled rather than slept on, with a bound generous enough for a machine that is busy elsewhere.
    await expect.poll(status, { timeout: 30_000, interval: 50 }).toBe(401);
  }, 60_000);

  it('an unknown key is never cached: a key created after a refused attempt works at once', async () => {
    const t = await createTestApp();
    expect((await gqlResponse(t, ViewerQuery, {}, { apiKey: 'adsk_not-a-key' })).status).toBe(401);
    const apiKey = t.createApiKey();
    expect((await gqlResponse(t, ViewerQuery, {}, { apiKey })).status).toBe(200);
  });
});
