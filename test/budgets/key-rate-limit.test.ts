// Graph-calling mutations and fields are rate-limited per API key: a token bucket of
// ADSAUTH_KEY_GRAPH_CALLS_PER_MINUTE units, one per invocation, refilled on the app's clock (the test
// clock, so refills happen only when the test moves it).
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { setupAuthorizationTest, type AuthorizationTest } from '../authorizations/support.ts';
import {
  BudgetCompleteFacebookOAuth,
  BudgetDeleteAuthorization,
  BudgetRefreshAdAccount,
  BudgetRefreshAuthorization,
  BudgetRegisterSystemUserToken,
  BudgetReplaceSystemUserToken,
  BudgetSyncAdAccounts,
  BudgetSystemUsers,
  BudgetTokenStatuses,
} from './documents.ts';

const TWO_PER_MINUTE = { env: { ADSAUTH_KEY_GRAPH_CALLS_PER_MINUTE: '2' } };

async function refresh(s: AuthorizationTest, id: string, apiKey: string) {
  return (await gql(s.app, BudgetRefreshAuthorization, { input: { id } }, { apiKey })).refreshAuthorization;
}

describe('the per-key Graph budget', () => {
  it('a key past its budget gets RateLimited without a Graph call; another key is not affected; the bucket refills', async () => {
    const s = await setupAuthorizationTest(TWO_PER_MINUTE);
    const { authorization } = await s.registerSystemUser();
    const key = s.createApiKey({ role: 'EDITOR', name: 'busy' });
    const other = s.createApiKey({ role: 'EDITOR', name: 'quiet' });
    expect((await refresh(s, authorization.id, key)).__typename).toBe('AuthorizationPayload');
    expect((await refresh(s, authorization.id, key)).__typename).toBe('AuthorizationPayload');
    s.world.resetCalls();

    expect(await refresh(s, authorization.id, key)).toEqual({
      __typename: 'RateLimited',
      scope: 'API_KEY',
      retryAfterSeconds: 30,
      message: 'This API key has made as many Graph-calling requests as it may per minute. Try again in 30 s.',
    });
    expect(s.world.counters().httpRequests).toBe(0);
    expect((await refresh(s, authorization.id, other)).__typename).toBe('AuthorizationPayload');

    s.clock.advance(30_000);
    expect((await refresh(s, authorization.id, key)).__typename).toBe('AuthorizationPayload');
    expect((await refresh(s, authorization.id, key)).__typename).toBe('RateLimited');
  });

  it('tokenStatus re-checks spend one unit per authorization; past the budget they answer the stored state, without an error', async () => {
    const s = await setupAuthorizationTest({ env: { ADSAUTH_KEY_GRAPH_CALLS_PER_MINUTE: '3' } });
    const setup = s.createApiKey({ role: 'EDITOR', name: 'setup' });
    for (let i = 0; i < 5; i++) {
      await s.registerSystemUser({ label: `SU ${i}`, apiKey: setup });
      s.clock.advance(20_000);
    }
    s.clock.advance(60_000);
    s.world.resetCalls();
    const viewer = s.createApiKey({ role: 'VIEWER', name: 'dashboard viewer' });

    const result = await gql(s.app, BudgetTokenStatuses, { first: 10, maxAgeSeconds: 0 }, { apiKey: viewer });

    const checkedAt = result.authorizations.edges.map((edge) => edge.node.tokenStatus.checkedAt);
    expect(checkedAt.filter((at) => at === s.clock.now().toISOString())).toHaveLength(3);
    expect(s.world.counters().byEndpoint['GET debug_token']).toBe(3);
  });

  it('every Graph-calling mutation and field answers RateLimited once the key is spent, and Facebook is not called', async () => {
    const s = await setupAuthorizationTest({ env: { ADSAUTH_KEY_GRAPH_CALLS_PER_MINUTE: '1' } });
    const setup = s.createApiKey({ role: 'EDITOR', name: 'setup' });
    const { authorization } = await s.registerSystemUser({ apiKey: setup });
    const key = s.createApiKey({ role: 'EDITOR', name: 'spent' });
    expect((await refresh(s, authorization.id, key)).__typename).toBe('AuthorizationPayload');
    const { state } = await s.startOAuth({}, key);
    const code = s.codeFor(s.world.createUser({ name: 'Dana' }).id);
    s.world.resetCalls();

    const id = authorization.id;
    const answers = [
      (await refresh(s, id, key)).__typename,
      (await gql(s.app, BudgetSyncAdAccounts, { input: { authorizationId: id } }, { apiKey: key })).syncAdAccounts.__typename,
      (await gql(s.app, BudgetRefreshAdAccount, { input: { authorizationId: id, adAccountId: 'act_1' } }, { apiKey: key })).refreshAdAccount
        .__typename,
      (await gql(s.app, BudgetRegisterSystemUserToken, { input: { label: 'x', accessToken: s.systemUserToken().token } }, { apiKey: key }))
        .registerSystemUserToken.__typename,
      (await gql(s.app, BudgetReplaceSystemUserToken, { input: { id, accessToken: s.systemUserToken().token } }, { apiKey: key }))
        .replaceSystemUserToken.__typename,
      (await gql(s.app, BudgetCompleteFacebookOAuth, { input: { code, state } }, { apiKey: key })).completeFacebookOAuth.__typename,
      (await gql(s.app, BudgetDeleteAuthorization, { input: { id, revokeAtFacebook: true } }, { apiKey: key })).deleteAuthorization
        .__typename,
      (await gql(s.app, BudgetSystemUsers, { businessId: s.business.id }, { apiKey: key })).app.systemUsers.__typename,
    ];

    expect(answers).toEqual(Array(8).fill('RateLimited'));
    expect(s.world.calls()).toEqual([]);
    // Refused before the OAuth state was used: the same code and state complete once the bucket refills.
    s.clock.advance(60_000);
    expect(
      (await gql(s.app, BudgetCompleteFacebookOAuth, { input: { code, state } }, { apiKey: key })).completeFacebookOAuth.__typename,
    ).toBe('CompleteFacebookOAuthPayload');
  });

  it('work that makes no Graph call is not limited: deleting without revoking, cancelled OAuth', async () => {
    const s = await setupAuthorizationTest({ env: { ADSAUTH_KEY_GRAPH_CALLS_PER_MINUTE: '1' } });
    const { authorization } = await s.registerSystemUser();
    const { state } = await s.startOAuth();
    const cancelled = await gql(s.app, BudgetCompleteFacebookOAuth, { input: { state, error: 'access_denied' } }, { apiKey: s.apiKey });
    expect(cancelled.completeFacebookOAuth.__typename).toBe('OAuthDenied');
    const deleted = await gql(s.app, BudgetDeleteAuthorization, { input: { id: authorization.id } }, { apiKey: s.apiKey });
    expect(deleted.deleteAuthorization.__typename).toBe('DeleteAuthorizationPayload');
  });
});
