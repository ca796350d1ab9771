// One deadline for all the Graph work of a GraphQL request (ADSAUTH_REQUEST_DEADLINE_MS). The sandbox
// holds every Graph request open for ever (timeoutRate 1) and the per-call timeout is two minutes, so
// only the deadline can end these requests: the outcome is certain however slow the machine is. The
// deadline is long enough for the set-up requests (made before Graph stalls) on a busy machine.
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { setupAuthorizationTest, type AuthorizationTest } from '../authorizations/support.ts';
import { BudgetRefreshAuthorization, BudgetRegisterSystemUserToken, BudgetTokenStatuses } from './documents.ts';

const STALLED_GRAPH = { env: { ADSAUTH_REQUEST_DEADLINE_MS: '2000', GRAPH_TIMEOUT_MS: '120000', ADSAUTH_MIN_RECHECK_SECONDS: '0' } };

/** Every Graph request from now on is held open and never answered. */
function stallGraph(s: AuthorizationTest) {
  s.world.setFaults({ timeoutRate: 1 });
  s.world.resetCalls();
}

const endpoints = (s: AuthorizationTest) => s.world.calls().map((call) => call.endpoint);

describe('the request deadline', () => {
  it('refreshAuthorization answers at the deadline with the stored state and lastCheckError, and reads no ad accounts', async () => {
    const s = await setupAuthorizationTest(STALLED_GRAPH);
    const { authorization } = await s.registerSystemUser();
    stallGraph(s);

    const { refreshAuthorization: result } = await gql(
      s.app,
      BudgetRefreshAuthorization,
      { input: { id: authorization.id } },
      { apiKey: s.apiKey },
    );

    if (result.__typename !== 'AuthorizationPayload') throw new Error(JSON.stringify(result));
    expect(result.authorization.tokenStatus).toMatchObject({
      state: 'VALID',
      checkedAt: authorization.tokenStatus.checkedAt,
      lastCheckError: { errorClass: 'TRANSIENT', message: expect.stringMatching(/within the request's deadline/) },
    });
    // At most the one check that was cut short: no retry after the deadline, and no ad-account sync.
    expect(endpoints(s).length).toBeLessThanOrEqual(1);
    expect(endpoints(s).every((endpoint) => endpoint === 'POST batch')).toBe(true);
  });

  it('registerSystemUserToken answers GraphUnavailable at the deadline and stores nothing', async () => {
    const s = await setupAuthorizationTest(STALLED_GRAPH);
    const { token } = s.systemUserToken();
    stallGraph(s);

    const { registerSystemUserToken: result } = await gql(
      s.app,
      BudgetRegisterSystemUserToken,
      { input: { label: 'Too slow', accessToken: token, businessId: s.business.id } },
      { apiKey: s.apiKey },
    );

    expect(result).toMatchObject({
      __typename: 'GraphUnavailable',
      retryable: true,
      message: expect.stringMatching(/within the request's deadline/),
    });
    expect(endpoints(s).length).toBeLessThanOrEqual(1);
    expect(endpoints(s).every((endpoint) => endpoint === 'GET debug_token')).toBe(true);
    s.world.setFaults({ timeoutRate: 0 });
    expect((await gql(s.app, BudgetTokenStatuses, { first: 10 }, { apiKey: s.apiKey })).authorizations.edges).toEqual([]);
  });

  it('tokenStatus(maxAgeSeconds: 0) answers every authorization with its stored state and lastCheckError at the deadline', async () => {
    const s = await setupAuthorizationTest(STALLED_GRAPH);
    for (let i = 0; i < 3; i++) await s.registerSystemUser({ label: `SU ${i}` });
    stallGraph(s);

    const result = await gql(s.app, BudgetTokenStatuses, { first: 10, maxAgeSeconds: 0 }, { apiKey: s.apiKey });

    const statuses = result.authorizations.edges.map((edge) => edge.node.tokenStatus);
    expect(statuses).toHaveLength(3);
    for (const status of statuses) {
      expect(status).toMatchObject({
        state: 'VALID',
        lastCheckError: { errorClass: 'TRANSIENT', message: expect.stringMatching(/deadline/) },
      });
    }
    expect(endpoints(s).length).toBeLessThanOrEqual(1);
  });

  it('the deadline is per request: the next request has its own', async () => {
    const s = await setupAuthorizationTest(STALLED_GRAPH);
    const { authorization } = await s.registerSystemUser();
    stallGraph(s);
    await gql(s.app, BudgetRefreshAuthorization, { input: { id: authorization.id } }, { apiKey: s.apiKey });

    s.world.setFaults({ timeoutRate: 0 });
    s.clock.advance(60_000);
    const { refreshAuthorization: result } = await gql(
      s.app,
      BudgetRefreshAuthorization,
      { input: { id: authorization.id } },
      { apiKey: s.apiKey },
    );

    if (result.__typename !== 'AuthorizationPayload') throw new Error(JSON.stringify(result));
    expect(result.authorization.tokenStatus.checkedAt).toBe(s.clock.now().toISOString());
    expect(endpoints(s)).toContain('GET me/adaccounts');
  });
});

describe('a failed check does not go on to an ad-account sync', () => {
  it('Graph failing every attempt: the check is retried, then recorded, and me/adaccounts is never called', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser();
    s.clock.advance(60_000);
    s.world.setFaults({ code2Rate: 1 });
    s.world.resetCalls();

    const { refreshAuthorization: result } = await gql(
      s.app,
      BudgetRefreshAuthorization,
      { input: { id: authorization.id } },
      { apiKey: s.apiKey },
    );

    if (result.__typename !== 'AuthorizationPayload') throw new Error(JSON.stringify(result));
    expect(result.authorization.tokenStatus.lastCheckError).toMatchObject({ errorClass: 'TRANSIENT', code: 2 });
    // No deadline was reached: the client tried 4 times (3 retries), and stopped there.
    expect(endpoints(s)).toEqual(['POST batch', 'POST batch', 'POST batch', 'POST batch']);
  });

  it('a successful check does go on to the sync (the control)', async () => {
    const s = await setupAuthorizationTest();
    const { authorization } = await s.registerSystemUser();
    s.clock.advance(60_000);
    s.world.resetCalls();
    await gql(s.app, BudgetRefreshAuthorization, { input: { id: authorization.id } }, { apiKey: s.apiKey });
    expect(endpoints(s)).toEqual(['GET debug_token', 'POST batch', 'GET me/adaccounts']);
  });
});
