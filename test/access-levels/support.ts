import { expect } from 'vitest';
import { gql } from '../helpers/gql.ts';
import type { TestAppOptions } from '../helpers/test-app.ts';
import { setupAuthorizationTest } from '../authorizations/support.ts';
import { AccountListQuery, AppQuery, CallAdAccount } from './documents.ts';

export type AccessLevelTest = Awaited<ReturnType<typeof setupAccessLevelTest>>;

const ALL_TASKS = ['MANAGE', 'ADVERTISE', 'ANALYZE'];

/**
 * An authorization test app with ADMIN and OPERATOR keys beside the EDITOR one, and a sandbox app whose
 * ads_api_access_tier is chosen (the sandbox's own default is standard_access).
 */
export async function setupAccessLevelTest(options: TestAppOptions & { sandboxTier?: 'development_access' | 'standard_access' } = {}) {
  const s = await setupAuthorizationTest(options);
  if (options.sandboxTier) s.world.setApp({ accessTier: options.sandboxTier });
  const admin = s.createApiKey({ role: 'ADMIN', name: 'workspace admin' });
  const operator = s.createApiKey({ role: 'OPERATOR', name: 'ops' });

  /** A system user of the test business who can MANAGE `count` fresh ad accounts, registered in a workspace. */
  async function systemUserWithAccounts(count: number, input: { apiKey?: string; name?: string } = {}) {
    const { systemUser, token } = s.systemUserToken();
    const accountIds = Array.from({ length: count }, (_, i) => {
      const account = s.world.createAdAccount({ name: `${input.name ?? systemUser.name} account ${i + 1}`, businessId: s.business.id });
      s.world.grantAdAccount(account.accountId, systemUser.id, ALL_TASKS);
      return account.accountId;
    });
    const { authorization, warnings } = await s.registerSystemUser({ token, ...(input.apiKey ? { apiKey: input.apiKey } : {}) });
    return { systemUser, token, authorization, warnings, accountIds };
  }

  async function queryApp(apiKey = s.apiKey) {
    return (await gql(s.app, AppQuery, {}, { apiKey })).app;
  }

  async function queryAccountList(apiKey = s.apiKey) {
    return (await gql(s.app, AccountListQuery, {}, { apiKey })).app.accountList;
  }

  /** refreshAdAccount: one GET act_{id}, after the account list admits the account. */
  async function callAccount(authorizationId: string, adAccountId: string, apiKey = s.apiKey) {
    return (await gql(s.app, CallAdAccount, { input: { authorizationId, adAccountId } }, { apiKey })).refreshAdAccount;
  }

  /** Graph HTTP requests so far (a batch is one). */
  const graphRequests = () => s.world.counters().httpRequests;

  return { ...s, admin, operator, systemUserWithAccounts, queryApp, queryAccountList, callAccount, graphRequests };
}

/** The app's per-day counters must match what the sandbox logged: every request and batch item, errors by status. */
export function expectCountersMatchSandbox(s: AccessLevelTest, usage: { calls: number; errors: number }) {
  const calls = s.world.calls().filter((call) => call.endpoint !== 'POST batch');
  expect(usage).toMatchObject({ calls: calls.length, errors: calls.filter((call) => call.status >= 400 || call.status === 0).length });
}
