// exportReadiness for an account the asking authorization does not reach: the answer says which of the two it is.
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { ExportReadinessQuery } from './documents.ts';
import { setupAdAccountTest } from './support.ts';

describe('exportReadiness NotFound', () => {
  it('an account reached through another authorization of the workspace: this authorization does not reach it', async () => {
    const s = await setupAdAccountTest();
    const reaching = await s.systemUserWithAccounts(1);
    const other = await s.systemUserWithAccounts(1);
    const accountId = reaching.accounts[0]!.accountId;
    const ask = async (authorizationId: string, adAccountId: string) =>
      (await gql(s.app, ExportReadinessQuery, { authorizationId, adAccountId, jobType: 'EXPORT_AUDIENCES' }, { apiKey: s.apiKey }))
        .exportReadiness;

    expect(await ask(reaching.authorization.id, accountId)).toMatchObject({ __typename: 'ExportReadiness' });
    const notReached = await ask(other.authorization.id, `act_${accountId}`);
    expect(notReached).toMatchObject({ __typename: 'NotFound' });
    if (notReached.__typename !== 'NotFound') throw new Error('unreachable');
    expect(notReached.message).toMatch(
      new RegExp(`^This authorization does not reach ad account ${accountId}; another authorization in this workspace does\\.`),
    );
    expect(notReached.message).not.toMatch(/exportReadiness|authorizationId|adAccountId/);

    const unknown = await ask(other.authorization.id, 'act_999999');
    expect(unknown).toMatchObject({ __typename: 'NotFound', message: 'No ad account with that id in this workspace.' });
  });
});
