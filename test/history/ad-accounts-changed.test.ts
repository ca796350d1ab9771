import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { setupAdAccountTest, type AdAccountTest } from '../ad-accounts/support.ts';
import { HistoryQuery } from './documents.ts';
import { RefreshAdAccount } from '../ad-accounts/documents.ts';

async function history(s: AdAccountTest, id: string) {
  const { authorization } = await gql(s.app, HistoryQuery, { id, first: 50 }, { apiKey: s.apiKey });
  return authorization!.history.edges.map((edge) => edge.node);
}

describe('ad_accounts.changed in the history', () => {
  it('the first sync after registration is part of the creation: the accounts are stored, nothing is announced', async () => {
    const s = await setupAdAccountTest();
    const { authorization, authorizationId } = await s.systemUserWithAccounts(2);
    expect((await history(s, authorization.id)).map((e) => e.type)).toEqual(['AUTHORIZATION_CREATED']);
    expect(s.stored(authorizationId)).toHaveLength(2);
  });

  it('a later sync after a stored token announces the accounts gained, with the actor sync', async () => {
    const s = await setupAdAccountTest();
    const { authorization, systemUser } = await s.systemUserWithAccounts(0);
    const accounts = s.createAccounts(systemUser.id, 2);
    s.clock.advance(60_000);
    await s.refresh(authorization.id);
    const events = await history(s, authorization.id);
    expect(events.map((e) => e.type)).toEqual(['AD_ACCOUNTS_CHANGED', 'AUTHORIZATION_CREATED']);
    // The sync that follows a stored token has its own actor, whoever stored the token (README).
    expect(events[0]).toMatchObject({
      actor: 'sync',
      details: {
        __typename: 'AdAccountsChangedEventDetails',
        gained: accounts.map((a) => ({ accountId: a.accountId, name: a.name, status: 'ACTIVE' })),
        lost: [],
        statusChanges: [],
        termsChanges: [],
      },
    });
  });

  it('the sync that follows "Check now" (refreshAuthorization) records actor sync; an explicit sync, the key', async () => {
    const s = await setupAdAccountTest();
    const { authorization, authorizationId, systemUser } = await s.systemUserWithAccounts(1);
    const [viaCheck] = s.createAccounts(systemUser.id, 1);
    await s.refresh(authorization.id);
    const [afterCheck] = await history(s, authorization.id);
    expect(afterCheck).toMatchObject({
      type: 'AD_ACCOUNTS_CHANGED',
      actor: 'sync',
      details: { gained: [{ accountId: viaCheck!.accountId }] },
    });

    const [viaSync] = s.createAccounts(systemUser.id, 1);
    await s.services.adAccountSync.sync(s.actor, authorizationId);
    const [afterSync] = await history(s, authorization.id);
    expect(afterSync).toMatchObject({
      type: 'AD_ACCOUNTS_CHANGED',
      actor: 'dashboard',
      details: { gained: [{ accountId: viaSync!.accountId }] },
    });
  });

  it('a sync names the accounts gained and lost, status changes and terms accepted or revoked, with its actor', async () => {
    const s = await setupAdAccountTest();
    const { authorization, authorizationId, systemUser, accounts } = await s.systemUserWithAccounts(4, {
      tosAccepted: { custom_audience_tos: 1, web_custom_audience_tos: 0 },
    });
    const [kept, lost, disabled, terms] = accounts;
    s.world.updateAdAccount(lost!.accountId, { userTasks: {} });
    s.world.updateAdAccount(disabled!.accountId, { accountStatus: 2 });
    s.world.updateAdAccount(terms!.accountId, { tosAccepted: { custom_audience_tos: 0, web_custom_audience_tos: 1 } });
    s.world.updateAdAccount(kept!.accountId, { userTasks: { [systemUser.id]: ['ANALYZE'] } });
    const [gained] = s.createAccounts(systemUser.id, 1);

    await s.services.adAccountSync.sync(s.actor, authorizationId);

    const [event] = await history(s, authorization.id);
    expect(event).toMatchObject({ type: 'AD_ACCOUNTS_CHANGED', actor: 'dashboard' });
    expect(event!.details).toEqual({
      __typename: 'AdAccountsChangedEventDetails',
      gained: [{ accountId: gained!.accountId, name: gained!.name, status: 'ACTIVE' }],
      lost: [{ accountId: lost!.accountId, name: lost!.name }],
      statusChanges: [{ accountId: disabled!.accountId, from: 'ACTIVE', to: 'DISABLED' }],
      termsChanges: [
        { accountId: terms!.accountId, terms: 'CUSTOM_AUDIENCE_TOS', accepted: false },
        { accountId: terms!.accountId, terms: 'WEB_CUSTOM_AUDIENCE_TOS', accepted: true },
      ],
    });
  });

  it('a sync that finds nothing to announce (no change, or tasks only) records no event', async () => {
    const s = await setupAdAccountTest();
    const { authorization, authorizationId, systemUser, accounts } = await s.systemUserWithAccounts(2);
    await s.services.adAccountSync.sync(s.actor, authorizationId);
    s.world.updateAdAccount(accounts[0]!.accountId, { userTasks: { [systemUser.id]: ['ANALYZE'] } });
    await s.services.adAccountSync.sync(s.actor, authorizationId);
    expect((await history(s, authorization.id)).map((e) => e.type)).toEqual(['AUTHORIZATION_CREATED']);
  });

  it('refreshAdAccount announces a status change of the one account it re-reads', async () => {
    const s = await setupAdAccountTest();
    const { authorization, accounts } = await s.systemUserWithAccounts(1);
    s.world.updateAdAccount(accounts[0]!.accountId, { accountStatus: 2 });
    const { refreshAdAccount: result } = await gql(
      s.app,
      RefreshAdAccount,
      { input: { authorizationId: authorization.id, adAccountId: accounts[0]!.accountId } },
      { apiKey: s.apiKey },
    );
    expect(result.__typename).toBe('RefreshAdAccountPayload');
    const [event] = await history(s, authorization.id);
    expect(event).toMatchObject({
      type: 'AD_ACCOUNTS_CHANGED',
      actor: 'dashboard',
      details: { statusChanges: [{ accountId: accounts[0]!.accountId, from: 'ACTIVE', to: 'DISABLED' }] },
    });
  });
});
