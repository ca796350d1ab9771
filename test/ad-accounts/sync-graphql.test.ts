import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { AdAccountsQuery, SyncAdAccounts } from './documents.ts';
import { setupAdAccountTest, type AdAccountTest } from './support.ts';

const sync = (s: AdAccountTest, authorizationId: string) =>
  gql(s.app, SyncAdAccounts, { input: { authorizationId } }, { apiKey: s.apiKey }).then((data) => data.syncAdAccounts);

const list = (
  s: AdAccountTest,
  id: string,
  variables: { first?: number; after?: string; filter?: { status?: 'ACTIVE' | 'DISABLED'; ready?: boolean } } = {},
) =>
  gql(s.app, AdAccountsQuery, { id, jobType: 'EXPORT_AUDIENCES', ...variables }, { apiKey: s.apiKey }).then(
    (data) => data.authorization!.adAccounts,
  );

describe('syncAdAccounts and Authorization.adAccounts', () => {
  it('syncs 130 accounts in 6 page reads, then pages through them from the database alone', async () => {
    const s = await setupAdAccountTest();
    const { authorization } = await s.systemUserWithAccounts(130);
    s.world.resetCalls();

    const result = await sync(s, authorization.id);
    expect(result).toMatchObject({
      __typename: 'SyncAdAccountsPayload',
      accountCount: 130,
      changes: [],
      authorization: { id: authorization.id },
    });
    expect(s.graphCount('GET me/adaccounts')).toBe(Math.ceil(130 / 25));
    expect(s.graphCount('GET act_{id}')).toBe(0);
    expect(s.world.counters().httpRequests).toBe(6);

    s.world.resetCalls();
    const names: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const connection = await list(s, authorization.id, { first: 50, after });
      expect(connection.totalCount).toBe(130);
      names.push(...connection.edges.map((edge) => edge.node.name));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor!;
    }
    expect(names).toEqual(Array.from({ length: 130 }, (_, i) => `Account ${String(i + 1).padStart(4, '0')}`));
    // Reading the connection, readiness included, never calls Facebook.
    expect(s.world.counters().httpRequests).toBe(0);
  });

  it('filters by status and by readiness for EXPORT_AUDIENCES', async () => {
    const s = await setupAdAccountTest();
    const { token, systemUser } = s.systemUserToken();
    s.createAccounts(systemUser.id, 3);
    s.createAccounts(systemUser.id, 2, { accountStatus: 2, disableReason: 1 });
    s.createAccounts(systemUser.id, 1, { tosAccepted: { custom_audience_tos: 0 } });
    s.createAccounts(systemUser.id, 1, { tosAccepted: { web_custom_audience_tos: 0 } }); // ready: web terms are for web traffic
    const { authorization } = await s.registerSystemUser({ token });
    s.world.resetCalls();

    expect((await list(s, authorization.id)).totalCount).toBe(7);
    const disabled = await list(s, authorization.id, { filter: { status: 'DISABLED' } });
    expect(disabled.totalCount).toBe(2);
    expect(disabled.edges.map((e) => [e.node.status, e.node.disableReason])).toEqual([
      ['DISABLED', 'ADS_INTEGRITY_POLICY'],
      ['DISABLED', 'ADS_INTEGRITY_POLICY'],
    ]);
    const ready = await list(s, authorization.id, { filter: { ready: true } });
    expect(ready.totalCount).toBe(4);
    expect(ready.edges.every((e) => e.node.exportReadiness.ready)).toBe(true);
    const notReady = await list(s, authorization.id, { filter: { ready: false } });
    expect(notReady.edges.map((e) => e.node.exportReadiness.blockers.map((b) => b.code))).toEqual([
      ['ACCOUNT_NOT_ACTIVE'],
      ['ACCOUNT_NOT_ACTIVE'],
      ['CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED'],
    ]);
    expect((await list(s, authorization.id, { filter: { status: 'ACTIVE', ready: false } })).totalCount).toBe(1);
    expect(s.world.counters().httpRequests).toBe(0);
  });

  it('records gained, lost, status, terms and tasks changes with their time', async () => {
    const s = await setupAdAccountTest();
    const { authorization, authorizationId, accounts, systemUser } = await s.systemUserWithAccounts(5);
    const [lost, disabled, terms, tasks] = accounts.map((a) => a.accountId) as [string, string, string, string];
    s.world.grantAdAccount(lost, systemUser.id, []);
    s.world.updateAdAccount(disabled, { accountStatus: 2, disableReason: 3 });
    s.world.updateAdAccount(terms, { tosAccepted: { custom_audience_tos: 0 } });
    s.world.grantAdAccount(tasks, systemUser.id, ['ANALYZE']);
    const [gained] = s.createAccounts(systemUser.id, 1);
    s.clock.advance(3_600_000);

    const result = await sync(s, authorization.id);
    if (result.__typename !== 'SyncAdAccountsPayload') throw new Error(JSON.stringify(result));
    const at = s.clock.now().toISOString();
    expect(result.accountCount).toBe(5);
    expect(result.syncedAt).toBe(at);
    expect(result.changes).toEqual([
      { accountId: disabled, kind: 'STATUS_CHANGED', summary: 'ACTIVE → DISABLED (RISK_PAYMENT)', at },
      {
        accountId: terms,
        kind: 'TOS_CHANGED',
        summary: 'Custom Audience terms accepted → not accepted; website terms accepted → accepted',
        at,
      },
      { accountId: tasks, kind: 'TASKS_CHANGED', summary: 'Tasks ADVERTISE, ANALYZE, MANAGE → ANALYZE', at },
      { accountId: gained!.accountId, kind: 'GAINED', summary: `The token now reaches ${gained!.name}.`, at },
      { accountId: lost, kind: 'LOST', summary: `The token no longer reaches ${accounts[0]!.name}.`, at },
    ]);
    // Stored as history too (5 GAINED at registration, then these 5).
    expect(s.changes(authorizationId).map((c) => c.change)).toEqual([
      ...Array(5).fill('GAINED'),
      'STATUS_CHANGED',
      'TOS_CHANGED',
      'TASKS_CHANGED',
      'GAINED',
      'LOST',
    ]);
  });

  it('keeps the previous set when page 4 fails, and answers GraphUnavailable', async () => {
    const s = await setupAdAccountTest();
    const { authorization, accounts } = await s.systemUserWithAccounts(100);
    s.world.updateAdAccount(accounts[0]!.accountId, { accountStatus: 101 });
    s.world.setFaults({ scripted: [4, 5, 6, 7].map((onCall) => ({ pathIncludes: '/me/adaccounts', onCall, fault: 'http500' as const })) });

    const result = await sync(s, authorization.id);

    expect(result).toMatchObject({ __typename: 'GraphUnavailable', retryable: true, message: expect.stringMatching(/Try again/) });
    const connection = await list(s, authorization.id, { first: 1 });
    expect(connection.totalCount).toBe(100);
    expect(connection.edges[0]!.node.status).toBe('ACTIVE');
  });

  it('answers TokenNotUsable for an expired token, without calling Facebook', async () => {
    const s = await setupAdAccountTest();
    const { authorization, authorizationId, token } = await s.systemUserWithAccounts(2);
    s.world.expireToken(token);
    await s.services.authorizations.refresh(s.actor, authorizationId);
    s.world.resetCalls();

    expect(await sync(s, authorization.id)).toMatchObject({ __typename: 'TokenNotUsable', state: 'EXPIRED' });
    expect(s.world.counters().httpRequests).toBe(0);
  });
});
