// The zod plugin now wraps only the fields whose arguments carry a rule (src/graphql/zod-where-validated.ts).
// A rule inside an input object still refuses a bad value; a field with no rule still answers.
import { describe, expect, it } from 'vitest';
import { AdAccountsDocument, AuthorizationsDocument } from '../gql/graphql.ts';
import { gql, gqlErrors } from '../helpers/gql.ts';
import { setupAdAccountTest } from '../ad-accounts/support.ts';

describe('argument validation', () => {
  it("refuses a value that breaks a rule of an argument's input object (AuthorizationFilter.search is at most 100 characters)", async () => {
    const s = await setupAdAccountTest();
    const refused = await gqlErrors(s.t, AuthorizationsDocument, { first: 5, filter: { search: 'x'.repeat(101) } }, { apiKey: s.apiKey });
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    const accepted = await gql(s.t, AuthorizationsDocument, { first: 5, filter: { search: 'x'.repeat(100) } }, { apiKey: s.apiKey });
    expect(accepted.authorizations.edges).toEqual([]);
  });

  it('passes the arguments of an input object without rules to the resolver as they came (AdAccountFilter)', async () => {
    const s = await setupAdAccountTest();
    const { authorization } = await s.systemUserWithAccounts(2, { accountStatus: 2 });
    const vars = { id: authorization.id, first: 10, jobType: 'EXPORT_AUDIENCES' as const };
    const disabled = await gql(s.t, AdAccountsDocument, { ...vars, filter: { status: 'DISABLED' } }, { apiKey: s.apiKey });
    const active = await gql(s.t, AdAccountsDocument, { ...vars, filter: { status: 'ACTIVE' } }, { apiKey: s.apiKey });
    expect(disabled.authorization?.adAccounts.totalCount).toBe(2);
    expect(active.authorization?.adAccounts.totalCount).toBe(0);
  });
});
