import { describe, expect, it } from 'vitest';
import { gql, gqlErrors } from '../helpers/gql.ts';
import { ExportReadinessQuery, RefreshAdAccount } from './documents.ts';
import { setupAdAccountTest, type AdAccountTest } from './support.ts';

const refresh = (s: AdAccountTest, authorizationId: string, adAccountId: string, apiKey = s.apiKey) =>
  gql(s.app, RefreshAdAccount, { input: { authorizationId, adAccountId } }, { apiKey }).then((data) => data.refreshAdAccount);

describe('refreshAdAccount', () => {
  it('re-reads one account with GET act_{id} and records what changed', async () => {
    const s = await setupAdAccountTest();
    const { authorization, authorizationId, accounts } = await s.systemUserWithAccounts(3);
    const [first, second, third] = accounts.map((a) => a.accountId) as [string, string, string];
    s.world.updateAdAccount(second, { accountStatus: 2, disableReason: 3, tosAccepted: { custom_audience_tos: 0 } });
    s.world.updateAdAccount(third, { accountStatus: 9 }); // not refreshed: must stay as synced
    s.world.resetCalls();
    s.clock.advance(60_000);

    const result = await refresh(s, authorization.id, `act_${second}`);

    expect(result).toMatchObject({
      __typename: 'RefreshAdAccountPayload',
      adAccount: {
        accountId: second,
        status: 'DISABLED',
        disableReason: 'RISK_PAYMENT',
        customAudienceTosAccepted: false,
        webCustomAudienceTosAccepted: true,
        tosAcceptUrl: `https://business.facebook.com/ads/manage/customaudiences/tos/?act=${second}`,
        inAccountList: true,
        syncedAt: s.clock.now().toISOString(),
      },
    });
    expect(s.world.counters()).toEqual({ httpRequests: 1, byEndpoint: { 'GET act_{id}': 1 } });
    const stored = new Map(s.stored(authorizationId).map((row) => [row.accountId, row]));
    expect(stored.get(third)!.accountStatus).toBe(1);
    expect(stored.get(first)!.syncedAt.getTime()).toBeLessThan(s.clock.now().getTime());
    const latest = s.changes(authorizationId).filter((c) => c.at.getTime() === s.clock.now().getTime());
    expect(latest.map((c) => [c.accountId, c.change])).toEqual([
      [second, 'STATUS_CHANGED'],
      [second, 'TOS_CHANGED'],
    ]);
  });

  it("admits the account to the app's list first, and answers AccountListFull without calling Facebook when it is full", async () => {
    const s = await setupAdAccountTest();
    s.world.setApp({ accessTier: 'development_access' }); // DEVELOPMENT: 5 accounts
    const { authorization, accounts } = await s.systemUserWithAccounts(6);
    for (const account of accounts.slice(0, 5)) {
      expect((await refresh(s, authorization.id, account.accountId)).__typename).toBe('RefreshAdAccountPayload');
    }
    s.world.resetCalls();

    const sixth = accounts[5]!.accountId;
    const refused = await refresh(s, authorization.id, sixth);

    expect(refused).toMatchObject({ __typename: 'AccountListFull', accountId: sixth, limit: 5 });
    expect(refused.__typename === 'AccountListFull' && refused.message).toMatch(/taking an ad account off the account list/);
    expect(s.world.counters().httpRequests).toBe(0);
    expect(s.services.accountList.membership(accounts.map((a) => a.accountId))).toMatchObject({
      limit: 5,
      full: true,
      held: new Set(accounts.slice(0, 5).map((a) => a.accountId)),
    });
    // Readiness says the same, for the one account the list does not hold.
    const { exportReadiness } = await gql(
      s.app,
      ExportReadinessQuery,
      { authorizationId: authorization.id, adAccountId: sixth, jobType: 'EXPORT_AUDIENCES' },
      { apiKey: s.apiKey },
    );
    expect(exportReadiness).toMatchObject({ __typename: 'ExportReadiness', ready: false, blockers: [{ code: 'ACCOUNT_LIST_FULL' }] });
    // An account the list holds is refreshed as before.
    expect((await refresh(s, authorization.id, accounts[0]!.accountId)).__typename).toBe('RefreshAdAccountPayload');
  });

  it('removes an account the token no longer reaches and records it as lost', async () => {
    const s = await setupAdAccountTest();
    const { authorization, authorizationId, accounts, systemUser } = await s.systemUserWithAccounts(2);
    const gone = accounts[0]!.accountId;
    s.world.grantAdAccount(gone, systemUser.id, []);

    expect(await refresh(s, authorization.id, gone)).toMatchObject({ __typename: 'NotFound' });
    expect(s.stored(authorizationId).map((row) => row.accountId)).toEqual([accounts[1]!.accountId]);
    expect(s.changes(authorizationId).at(-1)).toMatchObject({ accountId: gone, change: 'LOST' });
    // The place on the app's account list that the call took is given back.
    expect(s.services.accountList.membership([gone]).held.has(gone)).toBe(false);
  });

  it('refuses an id that is not an ad-account id, before any Graph call', async () => {
    const s = await setupAdAccountTest();
    const { authorization } = await s.systemUserWithAccounts(1);
    s.world.resetCalls();
    for (const bad of ['acct_1', '12-34', 'act_', 'https://example.com/act_1']) {
      expect(await refresh(s, authorization.id, bad)).toMatchObject({
        __typename: 'ValidationError',
        field: 'adAccountId',
        message: expect.stringMatching(/act_/),
      });
    }
    expect(s.world.counters().httpRequests).toBe(0);
  });

  it('is for EDITOR keys and up', async () => {
    const s = await setupAdAccountTest();
    const { authorization, accounts } = await s.systemUserWithAccounts(1);
    const viewer = s.createApiKey({ role: 'VIEWER', name: 'viewer' });
    const { codes } = await gqlErrors(
      s.app,
      RefreshAdAccount,
      { input: { authorizationId: authorization.id, adAccountId: accounts[0]!.accountId } },
      { apiKey: viewer },
    );
    expect(codes).toEqual(['FORBIDDEN']);
  });
});
