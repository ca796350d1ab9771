import { describe, expect, it } from 'vitest';
import { gql, gqlErrors } from '../helpers/gql.ts';
import { AddToAccountList, RemoveFromAccountList } from './documents.ts';
import { setupAccessLevelTest, type AccessLevelTest } from './support.ts';

const add = (s: AccessLevelTest, accountId: string, apiKey = s.operator) =>
  gql(s.app, AddToAccountList, { input: { accountId } }, { apiKey }).then((data) => data.addToAccountList);
const remove = (s: AccessLevelTest, accountId: string, apiKey = s.operator) =>
  gql(s.app, RemoveFromAccountList, { input: { accountId } }, { apiKey }).then((data) => data.removeFromAccountList);

/** Fills the list through Marketing API calls, then checks the next account is refused before Graph. */
async function fillsAt(s: AccessLevelTest, limit: number) {
  const { authorization, accountIds } = await s.systemUserWithAccounts(limit + 1);
  for (const accountId of accountIds.slice(0, limit)) {
    expect(await s.callAccount(authorization.id, accountId)).toMatchObject({
      __typename: 'RefreshAdAccountPayload',
      adAccount: { inAccountList: true },
    });
  }
  expect(await s.queryAccountList()).toMatchObject({ used: limit, limit, remaining: 0 });

  const last = accountIds[limit]!;
  const before = s.graphRequests();
  const refused = await s.callAccount(authorization.id, last);
  expect(refused).toMatchObject({ __typename: 'AccountListFull', accountId: last, limit });
  expect(refused.__typename === 'AccountListFull' && refused.message).toMatch(
    new RegExp(`full \\(${limit} ad accounts.*taking an ad account off the account list`),
  );
  expect(s.graphRequests()).toBe(before);
  return { authorization, accountIds, last };
}

describe("the app's account list", () => {
  it('fills at 5 in DEVELOPMENT, refuses the sixth account without a Graph call, and removeFromAccountList frees a place', async () => {
    const s = await setupAccessLevelTest({ sandboxTier: 'development_access' });
    const { authorization, accountIds, last } = await fillsAt(s, 5);

    const removed = await remove(s, accountIds[0]!);
    expect(removed).toMatchObject({
      __typename: 'RemoveFromAccountListPayload',
      accountId: accountIds[0],
      removed: true,
      accountList: { used: 4, remaining: 1 },
    });
    expect(await s.callAccount(authorization.id, last)).toMatchObject({ __typename: 'RefreshAdAccountPayload' });
    const list = await s.queryAccountList();
    expect(list).toMatchObject({ used: 5, limit: 5, remaining: 0 });
    expect(list.accounts.map((a) => a.accountId)).toEqual([...accountIds.slice(1, 5), last]);
    // The removed account is refused now, again before Graph.
    const before = s.graphRequests();
    expect(await s.callAccount(authorization.id, accountIds[0]!)).toMatchObject({ __typename: 'AccountListFull' });
    expect(s.graphRequests()).toBe(before);
  });

  it('fills at 25 in BASIC (configured), then refuses without a Graph call', async () => {
    const s = await setupAccessLevelTest({ env: { ADSAUTH_ACCESS_LEVEL: 'BASIC' }, sandboxTier: 'development_access' });
    await fillsAt(s, 25);
    expect((await s.queryApp()).accessLevel).toMatchObject({ tier: 'BASIC', adAccountLimit: 25 });
  });

  it('marks lastCalledAt with every Graph call against a listed account', async () => {
    const s = await setupAccessLevelTest({ sandboxTier: 'development_access' });
    const { authorization, accountIds } = await s.systemUserWithAccounts(1);
    const [accountId] = accountIds as [string];
    const addedAt = s.clock.now().toISOString();
    await s.callAccount(authorization.id, accountId);
    s.clock.advance(3_600_000);
    await s.callAccount(authorization.id, accountId);
    expect((await s.queryAccountList()).accounts).toEqual([{ accountId, addedAt, lastCalledAt: s.clock.now().toISOString() }]);
  });

  it('is app-wide: a workspace sees only the accounts its authorizations reach, and used and limit in full', async () => {
    const s = await setupAccessLevelTest({ sandboxTier: 'development_access' });
    const globexEditor = s.createApiKey({ workspace: 'Globex', role: 'EDITOR', name: 'globex' });
    const acme = await s.systemUserWithAccounts(2);
    const globex = await s.systemUserWithAccounts(2, { apiKey: globexEditor });
    for (const id of acme.accountIds) await s.callAccount(acme.authorization.id, id);
    for (const id of globex.accountIds) await s.callAccount(globex.authorization.id, id, globexEditor);
    await add(s, '123456789'); // by hand: reached by nobody's authorization

    const acmeView = await s.queryAccountList();
    const globexView = await s.queryAccountList(globexEditor);
    expect(acmeView).toMatchObject({ used: 5, limit: 5, remaining: 0 });
    expect(globexView).toMatchObject({ used: 5, limit: 5, remaining: 0 });
    expect(acmeView.accounts.map((a) => a.accountId)).toEqual(acme.accountIds);
    expect(globexView.accounts.map((a) => a.accountId)).toEqual(globex.accountIds);
  });
});

describe('addToAccountList and removeFromAccountList', () => {
  it('take the numeric id; act_ and non-digits are refused with a message that says so, before anything changes', async () => {
    const s = await setupAccessLevelTest();
    const cases: [string, RegExp][] = [
      ['act_123456789', /without the act_ prefix \(123456789\)/],
      ['ACT_123', /without the act_ prefix/],
      ['12345abc', /numeric ad-account id, digits only/],
      ['', /numeric ad-account id, digits only/],
      ['-5', /digits only/],
    ];
    for (const [accountId, message] of cases) {
      for (const mutate of [add, remove]) {
        const result = await mutate(s, accountId);
        expect(result, accountId).toMatchObject({ __typename: 'ValidationError', field: 'accountId' });
        expect(result.__typename === 'ValidationError' && result.message, accountId).toMatch(message);
      }
    }
    expect((await s.queryAccountList()).used).toBe(0);
  });

  it('re-adding changes nothing; removing an absent account says so; adding beyond the limit is AccountListFull', async () => {
    const s = await setupAccessLevelTest({ env: { ADSAUTH_ACCESS_POLICY: '{"DEVELOPMENT":{"adAccountLimit":2}}' } });
    expect(await add(s, ' 111 ')).toMatchObject({
      __typename: 'AddToAccountListPayload',
      accountId: '111',
      added: true,
      accountList: { used: 1, limit: 2 },
    });
    const addedAt = s.database.sqlite.prepare('select added_at from account_list').get();
    s.clock.advance(60_000);
    expect(await add(s, '111')).toMatchObject({ added: false, accountList: { used: 1 } });
    expect(s.database.sqlite.prepare('select added_at from account_list').get()).toEqual(addedAt);
    expect(await add(s, '222')).toMatchObject({ added: true, accountList: { used: 2, remaining: 0 } });

    const full = await add(s, '333');
    expect(full).toMatchObject({ __typename: 'AccountListFull', accountId: '333', limit: 2 });
    expect(full.__typename === 'AccountListFull' && full.message).toMatch(
      /full \(2 ad accounts.*taking an ad account off the account list.*next access level/,
    );
    expect(await add(s, '222')).toMatchObject({ __typename: 'AddToAccountListPayload', added: false });

    expect(await remove(s, '999')).toMatchObject({ __typename: 'RemoveFromAccountListPayload', removed: false, accountList: { used: 2 } });
    expect(await remove(s, '111')).toMatchObject({ removed: true, accountList: { used: 1, remaining: 1 } });
    expect(await add(s, '333')).toMatchObject({ added: true });
  });

  it.each(['ADMIN', 'EDITOR', 'VIEWER'] as const)(
    'are refused for %s keys (FORBIDDEN: the list is app-wide), and nothing changes',
    async (role) => {
      const s = await setupAccessLevelTest();
      await add(s, '555');
      const key = s.createApiKey({ role, name: `${role} key`, workspace: 'Globex' });
      const refusals = [
        await gqlErrors(s.app, AddToAccountList, { input: { accountId: '123' } }, { apiKey: key }),
        await gqlErrors(s.app, RemoveFromAccountList, { input: { accountId: '123' } }, { apiKey: key }),
      ];
      for (const { codes, errors, data } of refusals) {
        expect(codes).toEqual(['FORBIDDEN']);
        expect(errors[0]?.message).toContain(`role is ${role}`);
        expect(data).toBeNull();
      }
      // The refused key still reads its workspace's view of the list, which the refusal left as it was.
      expect(await s.queryAccountList(key)).toMatchObject({ used: 1 });
    },
  );
});
