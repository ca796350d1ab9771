// Batch (docs/graph-api.md "Batch requests") and usage headers ("Usage headers") against the sandbox over real HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphClientError, GraphReauthError, GraphTransientError } from '../../src/graph/errors.ts';
import { rejectionOf, resetSandbox, startGraphHarness, type GraphHarness } from './support.ts';

let h: GraphHarness;
beforeAll(async () => {
  h = await startGraphHarness();
});
afterAll(() => h.close());
beforeEach(() => resetSandbox(h));

function userWithAccount() {
  const owner = h.userWithToken();
  const account = h.world.createAdAccount({ name: 'Brand' });
  h.world.grantAdAccount(account.accountId, owner.userId, ['MANAGE', 'ADVERTISE']);
  return { ...owner, account };
}

describe('batch', () => {
  it('splits 120 items into requests of at most 50 and counts each item as a call', async () => {
    const { token, account } = userWithAccount();
    const items = Array.from({ length: 120 }, (_, i) => ({
      method: 'GET' as const,
      relativeUrl: i % 2 === 0 ? 'me?fields=id' : `act_${account.accountId}?fields=id,name`,
    }));
    const results = await h.client().batch(token, items);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => r.ok && (r.body as { id: string }).id)).toEqual(
      items.map((_, i) => (i % 2 === 0 ? expect.any(String) : `act_${account.accountId}`)),
    );
    const counters = h.world.counters();
    expect(counters.httpRequests).toBe(3);
    expect(counters.byEndpoint['GET me']).toBe(60);
    expect(counters.byEndpoint['GET act_{id}']).toBe(60);
    expect(h.world.calls().every((c) => (c.batchItems ?? 0) <= 50)).toBe(true);
    expect(h.recorder.calls).toHaveLength(120);
    expect(h.recorder.calls.some((c) => c.endpoint === 'POST batch')).toBe(false);
  });

  it('returns per-item errors in place', async () => {
    const { token, account } = userWithAccount();
    const results = await h.client().batch(token, [
      { method: 'GET', relativeUrl: `act_${account.accountId}?fields=id` },
      { method: 'GET', relativeUrl: 'act_999999999?fields=id' },
    ]);
    expect(results[0]).toMatchObject({ ok: true, status: 200 });
    expect(!results[1]!.ok && results[1]!.error).toBeInstanceOf(GraphClientError);
  });

  it('fails whole when the batch token is dead', async () => {
    const { token, userId } = h.userWithToken();
    h.world.changePassword(userId);
    expect(await rejectionOf(h.client().batch(token, [{ method: 'GET', relativeUrl: 'me' }]))).toBeInstanceOf(GraphReauthError);
  });

  it('re-queues null items at most 3 times, then reports them TRANSIENT', async () => {
    const { token } = h.userWithToken();
    h.world.setFaults({ batchNullRate: 1 });
    const results = await h.client().batch(token, [
      { method: 'GET', relativeUrl: 'me' },
      { method: 'GET', relativeUrl: 'me/permissions' },
    ]);
    expect(results.every((r) => !r.ok && r.error instanceof GraphTransientError)).toBe(true);
    expect(h.world.counters().httpRequests).toBe(4);
  });

  it('re-queues null items until they run', async () => {
    const { token } = h.userWithToken();
    h.world.setFaults({ batchNullRate: 0.3 });
    const items = Array.from({ length: 10 }, () => ({ method: 'GET' as const, relativeUrl: 'me' }));
    const results = await h.client({ maxRetries: 12 }).batch(token, items);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(h.world.counters().httpRequests).toBeGreaterThan(1);
  });
});

describe('usage headers', () => {
  it('reads the BUC header keyed by the bare account id with the app tier, on calls and on batch items', async () => {
    const { token, account } = userWithAccount();
    h.world.setApp({ accessTier: 'development_access' });
    await h.client().getAdAccount(token, account.accountId);
    const direct = h.recorder.usage.find((u) => u.businessUseCase[account.accountId]);
    expect(direct?.adsApiAccessTier).toBe('development_access');
    expect(direct?.businessUseCase[account.accountId]?.[0]).toMatchObject({ type: 'ads_management' });

    h.recorder.clear();
    h.world.setApp({ accessTier: 'standard_access' });
    await h.client().batch(token, [{ method: 'GET', relativeUrl: `act_${account.accountId}?fields=id` }]);
    const fromItem = h.recorder.usage.find((u) => u.businessUseCase[account.accountId]);
    expect(fromItem?.adsApiAccessTier).toBe('standard_access');
  });

  it('reads X-App-Usage on user-token calls', async () => {
    const { token } = h.userWithToken();
    await h.client().getMe(token);
    expect(h.recorder.usage.some((u) => u.appUsage !== undefined)).toBe(true);
  });
});
