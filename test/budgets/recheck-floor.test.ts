// tokenStatus(maxAgeSeconds) asks Facebook about one authorization at most once per
// ADSAUTH_MIN_RECHECK_SECONDS (default 60), whoever asks: the floor is the authorization's last check
// time in the database. Time is the test clock; the sandbox counts the debug_token checks.
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { setupAuthorizationTest, type AuthorizationTest } from '../authorizations/support.ts';
import { BudgetTokenStatuses } from './documents.ts';

const checks = (s: AuthorizationTest) => s.world.counters().byEndpoint['GET debug_token'] ?? 0;

async function statusesFor(s: AuthorizationTest, apiKey: string, maxAgeSeconds: number) {
  const result = await gql(s.app, BudgetTokenStatuses, { first: 100, maxAgeSeconds }, { apiKey });
  return result.authorizations.edges.map((edge) => edge.node.tokenStatus);
}

describe('the re-check floor', () => {
  it('a fresher answer than the floor allows gets the last one, with the checkedAt of that check', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser();
    const registeredAt = authorization.tokenStatus.checkedAt;
    s.world.resetCalls();

    s.clock.advance(59_000);
    expect(await statusesFor(s, s.apiKey, 0)).toEqual([expect.objectContaining({ state: 'VALID', checkedAt: registeredAt })]);
    expect(checks(s)).toBe(0);

    s.clock.advance(1_000);
    expect(await statusesFor(s, s.apiKey, 0)).toEqual([expect.objectContaining({ checkedAt: s.clock.now().toISOString() })]);
    expect(checks(s)).toBe(1);
  });

  it('holds across requests and API keys: twenty requests from four keys make one check per authorization', async () => {
    const s = await setupAuthorizationTest();
    for (let i = 0; i < 5; i++) await s.registerSystemUser({ label: `SU ${i}` });
    s.clock.advance(60_000);
    s.world.resetCalls();
    const keys = Array.from({ length: 4 }, (_, i) => s.createApiKey({ role: 'VIEWER', name: `dashboard ${i}` }));

    for (let request = 0; request < 20; request++) await statusesFor(s, keys[request % keys.length]!, 0);

    expect(checks(s)).toBe(5);
  });

  it('a failed check counts as a check: Graph failing is not asked again within the floor', async () => {
    const s = await setupAuthorizationTest();
    await s.registerSystemUser();
    s.clock.advance(120_000);
    s.world.setFaults({ code2Rate: 1 });
    const [failed] = await statusesFor(s, s.apiKey, 0);
    expect(failed!.lastCheckError).toMatchObject({ code: 2, occurredAt: s.clock.now().toISOString() });
    s.world.resetCalls();

    s.clock.advance(30_000);
    expect(await statusesFor(s, s.apiKey, 0)).toEqual([failed]);
    expect(s.world.counters().httpRequests).toBe(0);
  });

  it('ADSAUTH_MIN_RECHECK_SECONDS=0 lifts the floor (the control)', async () => {
    const s = await setupAuthorizationTest({ env: { ADSAUTH_MIN_RECHECK_SECONDS: '0' } });
    await s.registerSystemUser();
    s.world.resetCalls();
    await statusesFor(s, s.apiKey, 0);
    await statusesFor(s, s.apiKey, 0);
    expect(checks(s)).toBe(2);
  });
});
