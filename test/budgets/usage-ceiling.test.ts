// Request-time Graph work stops at ADSAUTH_REQUEST_USAGE_CEILING (default 85 %) of the app's usage,
// as the last X-App-Usage / X-Business-Use-Case-Usage reading says, while the sweep goes on to 95 %.
// The sandbox reports whatever usage the test pins with setThrottle({ appUsagePct }).
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { setupAuthorizationTest, type AuthorizationTest } from '../authorizations/support.ts';
import { BudgetRefreshAdAccount, BudgetRefreshAuthorization, BudgetTokenStatuses } from './documents.ts';

async function refresh(s: AuthorizationTest, id: string) {
  return (await gql(s.app, BudgetRefreshAuthorization, { input: { id } }, { apiKey: s.apiKey })).refreshAuthorization;
}

/** A registration whose Graph answers report the app at `percent`. */
async function appAt(percent: number) {
  const s = await setupAuthorizationTest();
  s.world.setThrottle({ appUsagePct: percent });
  const { authorization } = await s.registerSystemUser();
  s.clock.advance(60_000);
  s.world.resetCalls();
  return { s, authorization };
}

describe('the request-time usage ceiling', () => {
  it('at 90 %: mutations answer RateLimited (APP_USAGE), tokenStatus the stored state, and Graph is not called', async () => {
    const { s, authorization } = await appAt(90);

    expect(await refresh(s, authorization.id)).toMatchObject({ __typename: 'RateLimited', scope: 'APP_USAGE', retryAfterSeconds: 240 });
    const statuses = await gql(s.app, BudgetTokenStatuses, { first: 10, maxAgeSeconds: 0 }, { apiKey: s.apiKey });
    expect(statuses.authorizations.edges[0]!.node.tokenStatus).toMatchObject({
      state: 'VALID',
      checkedAt: authorization.tokenStatus.checkedAt,
      lastCheckError: null,
    });
    expect(s.world.calls()).toEqual([]);
  });

  it('the sweep is not held back at 90 %, and its lower reading lets requests call Graph again', async () => {
    const { s, authorization } = await appAt(90);
    s.world.setThrottle({ appUsagePct: 40 });

    const sweep = await s.workers.sweep.run();

    expect(sweep).toMatchObject({ status: 'FINISHED', checked: 1 });
    expect((await refresh(s, authorization.id)).__typename).toBe('AuthorizationPayload');
  });

  it('a reading at the ceiling holds requests back for 5 minutes when no newer reading comes', async () => {
    const { s, authorization } = await appAt(85);
    expect((await refresh(s, authorization.id)).__typename).toBe('RateLimited');
    s.clock.advance(4 * 60_000);
    expect((await refresh(s, authorization.id)).__typename).toBe('AuthorizationPayload');
  });

  it('below the ceiling, nothing is held back (the control)', async () => {
    const { s, authorization } = await appAt(84);
    expect((await refresh(s, authorization.id)).__typename).toBe('AuthorizationPayload');
  });

  it('an ad account whose own usage is at the ceiling: refreshAdAccount waits, other work goes on', async () => {
    const s = await setupAuthorizationTest();
    const account = s.world.createAdAccount({ name: 'Busy account', userTasks: {} });
    const authorization = await registerWithAccount(s, account.accountId);
    s.world.setThrottle({ adAccountBudget: 10 });
    const refreshAccount = () =>
      gql(
        s.app,
        BudgetRefreshAdAccount,
        { input: { authorizationId: authorization.id, adAccountId: account.accountId } },
        { apiKey: s.apiKey },
      );
    // The sandbox reports an account's usage as its share of adAccountBudget: 9 calls of 10 is 90 %.
    for (let i = 0; i < 9; i++)
      expect((await refreshAccount()).refreshAdAccount.__typename, `call ${i + 1}`).toBe('RefreshAdAccountPayload');

    expect((await refreshAccount()).refreshAdAccount).toMatchObject({ __typename: 'RateLimited', scope: 'APP_USAGE' });
    expect((await refresh(s, authorization.id)).__typename).toBe('AuthorizationPayload');
  });

  it('a throttling pause (usage at 95 % or more) holds requests back until it ends', async () => {
    const { s, authorization } = await appAt(96);
    expect(await refresh(s, authorization.id)).toMatchObject({ __typename: 'RateLimited', scope: 'APP_USAGE', retryAfterSeconds: 240 });
    expect(s.world.calls()).toEqual([]);
  });
});

/** A system user with tasks on the account, registered over GraphQL. */
async function registerWithAccount(s: AuthorizationTest, accountId: string) {
  const { systemUser, token } = s.systemUserToken();
  s.world.grantAdAccount(accountId, systemUser.id, ['MANAGE']);
  return (await s.registerSystemUser({ token })).authorization;
}
