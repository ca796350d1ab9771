import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { AdAccountNode, AdAccountsQuery, ExportReadinessQuery, RefreshAdAccount, SyncAdAccounts } from './documents.ts';
import { setupAdAccountTest } from './support.ts';

describe("a workspace cannot see another workspace's ad accounts", () => {
  it('by connection, by node id, by exportReadiness, or through the mutations', async () => {
    const s = await setupAdAccountTest();
    const globex = s.createApiKey({ role: 'EDITOR', workspace: 'Globex', name: 'globex' });
    const acme = await s.systemUserWithAccounts(3);
    const shared = acme.accounts[0]!.accountId;
    // Globex reaches one of the same accounts through its own system user.
    const { token, systemUser } = s.systemUserToken();
    s.world.grantAdAccount(shared, systemUser.id, ['MANAGE']);
    const { authorization: globexAuthorization } = await s.registerSystemUser({ token, apiKey: globex });

    const acmeView = await gql(s.app, AdAccountsQuery, { id: acme.authorization.id, jobType: 'EXPORT_AUDIENCES' }, { apiKey: s.apiKey });
    expect(acmeView.authorization!.adAccounts.totalCount).toBe(3);
    const acmeNodeId = acmeView.authorization!.adAccounts.edges.find((e) => e.node.accountId === shared)!.node.id;

    // Connection: Globex cannot reach Acme's authorization, and its own lists only what its token reaches.
    expect(
      (await gql(s.app, AdAccountsQuery, { id: acme.authorization.id, jobType: 'EXPORT_AUDIENCES' }, { apiKey: globex })).authorization,
    ).toBeNull();
    const globexView = await gql(s.app, AdAccountsQuery, { id: globexAuthorization.id, jobType: 'EXPORT_AUDIENCES' }, { apiKey: globex });
    expect(globexView.authorization!.adAccounts.edges.map((e) => [e.node.accountId, e.node.tasks])).toEqual([[shared, ['MANAGE']]]);
    const globexNodeId = globexView.authorization!.adAccounts.edges[0]!.node.id;
    expect(globexNodeId).not.toBe(acmeNodeId);

    // Node id: each workspace loads its own node and gets null for the other's.
    expect((await gql(s.app, AdAccountNode, { id: acmeNodeId }, { apiKey: s.apiKey })).node).toMatchObject({
      __typename: 'AdAccount',
      accountId: shared,
    });
    expect((await gql(s.app, AdAccountNode, { id: acmeNodeId }, { apiKey: globex })).node).toBeNull();
    expect((await gql(s.app, AdAccountNode, { id: globexNodeId }, { apiKey: s.apiKey })).node).toBeNull();

    // exportReadiness and the mutations answer NotFound, and Facebook is not called.
    s.world.resetCalls();
    const readiness = await gql(
      s.app,
      ExportReadinessQuery,
      { authorizationId: acme.authorization.id, adAccountId: shared, jobType: 'EXPORT_AUDIENCES' },
      { apiKey: globex },
    );
    expect(readiness.exportReadiness).toMatchObject({ __typename: 'NotFound' });
    const synced = await gql(s.app, SyncAdAccounts, { input: { authorizationId: acme.authorization.id } }, { apiKey: globex });
    expect(synced.syncAdAccounts).toMatchObject({ __typename: 'NotFound' });
    const refreshed = await gql(
      s.app,
      RefreshAdAccount,
      { input: { authorizationId: acme.authorization.id, adAccountId: shared } },
      { apiKey: globex },
    );
    expect(refreshed.refreshAdAccount).toMatchObject({ __typename: 'NotFound' });
    expect(s.world.counters().httpRequests).toBe(0);
    expect(s.stored(acme.authorizationId)).toHaveLength(3);
  });
});
