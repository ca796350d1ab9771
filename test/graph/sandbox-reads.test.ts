// /me, permissions, ad accounts (with paging) and system users (docs/graph-api.md "Token owner", "Ad accounts", "Businesses and system users") over real HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphReauthError } from '../../src/graph/errors.ts';
import { AD_ACCOUNT_FIELDS } from '../../src/graph/graph-api.ts';
import { rejectionOf, resetSandbox, startGraphHarness, userWithAccounts, type GraphHarness } from './support.ts';

let h: GraphHarness;
beforeAll(async () => {
  h = await startGraphHarness();
});
afterAll(() => h.close());
beforeEach(() => resetSandbox(h));

describe('token-owner reads', () => {
  it('getMe returns the user', async () => {
    const user = h.world.createUser({ name: 'Jane Doe' });
    const token = h.world.createToken({ type: 'USER', userId: user.id, scopes: ['ads_read'] });
    await expect(h.client().getMe(token.accessToken)).resolves.toEqual({ id: user.id, name: 'Jane Doe' });
  });

  it('getPermissions lists granted and declined scopes', async () => {
    const { token } = h.userWithToken(['ads_management'], ['business_management']);
    const permissions = await h.client().getPermissions(token);
    expect(permissions).toEqual(
      expect.arrayContaining([
        { permission: 'ads_management', status: 'granted' },
        { permission: 'business_management', status: 'declined' },
      ]),
    );
  });

  it('revokePermissions de-authorizes the app: the token then needs re-auth', async () => {
    const { userId, token } = h.userWithToken();
    await h.client().revokePermissions(token, userId);
    expect(await rejectionOf(h.client().getMe(token))).toBeInstanceOf(GraphReauthError);
    expect(h.recorder.calls.map((c) => c.endpoint)).toEqual(['DELETE {id}/permissions', 'GET me']);
  });

  it('labels calls exactly as the sandbox counts them', async () => {
    const { token } = h.userWithToken();
    const graph = h.client();
    await graph.getMe(token);
    await graph.getPermissions(token);
    await graph.listAdAccounts(token);
    await graph.debugToken(token);
    expect(h.recorder.calls.map((c) => c.endpoint)).toEqual(h.world.calls().map((c) => c.endpoint));
  });
});

describe('ad accounts', () => {
  it('getAdAccount reads one account, with or without act_', async () => {
    const { token, userId } = h.userWithToken();
    const business = h.world.createBusiness({ name: 'Agency BM' });
    const account = h.world.createAdAccount({
      name: 'Brand A',
      accountStatus: 2,
      disableReason: 3,
      currency: 'EUR',
      timezoneName: 'Europe/Berlin',
      businessId: business.id,
      tosAccepted: { custom_audience_tos: 1, web_custom_audience_tos: 0 },
    });
    h.world.grantAdAccount(account.accountId, userId, ['ANALYZE']);
    const pixel = h.world.createPixel({ name: 'Site' });
    h.world.connectPixel(pixel.id, account.accountId);
    const firedAt = new Date(h.world.firePixel(pixel.id, 60).lastFiredTime! * 1000);
    const expected = {
      id: `act_${account.accountId}`,
      accountId: account.accountId,
      name: 'Brand A',
      accountStatus: 2,
      disableReason: 3,
      currency: 'EUR',
      timezoneName: 'Europe/Berlin',
      business: { id: business.id, name: 'Agency BM' },
      // Only the accepted key comes back, as from live Graph.
      tosAccepted: { custom_audience_tos: 1 },
      userTasks: ['ANALYZE'],
      isPersonal: false,
      pixels: [{ id: pixel.id, name: 'Site', lastFiredTime: firedAt }],
    };
    await expect(h.client().getAdAccount(token, account.accountId)).resolves.toEqual(expected);
    await expect(h.client().getAdAccount(token, `act_${account.accountId}`)).resolves.toEqual(expected);
    expect(h.world.counters().byEndpoint['GET act_{id}']).toBe(2);
    const fields = new URL(h.recorder.requests[0]!.url).searchParams.get('fields');
    expect(fields).toBe(AD_ACCOUNT_FIELDS.join(','));
  });

  it('listAdAccounts follows every page: 130 accounts in pages of 25 is 6 requests', async () => {
    const { token, accounts } = userWithAccounts(h, 130);
    h.world.resetCalls();
    const listed = await h.client().listAdAccounts(token, { pageSize: 25 });
    expect(listed.map((a) => a.accountId).sort()).toEqual(accounts.map((a) => a.accountId).sort());
    expect(h.world.counters().byEndpoint['GET me/adaccounts']).toBe(6);
    const pageUrls = h.recorder.requests.map((r) => new URL(r.url).searchParams);
    expect(pageUrls.map((p) => p.get('limit'))).toEqual(Array(6).fill('25'));
    expect(pageUrls[0]!.get('after')).toBeNull();
    expect(pageUrls.slice(1).every((p) => p.get('after'))).toBe(true);
    expect(pageUrls.every((p) => p.get('fields') === AD_ACCOUNT_FIELDS.join(','))).toBe(true);
  });

  it('does not stop at the default page of 25', async () => {
    const { token } = userWithAccounts(h, 80);
    h.world.resetCalls();
    expect(await h.client().listAdAccounts(token)).toHaveLength(80);
    expect(h.world.counters().byEndpoint['GET me/adaccounts']).toBe(4);
  });
});

describe('system users', () => {
  it('listSystemUsers returns each with its role', async () => {
    const business = h.world.createBusiness({ name: 'BM' });
    const admin = h.world.createSystemUser({ businessId: business.id, name: 'Admin bot', role: 'ADMIN' });
    const employee = h.world.createSystemUser({ businessId: business.id, name: 'Worker bot', role: 'EMPLOYEE' });
    const { token } = h.userWithToken(['ads_management', 'business_management']);
    const users = await h.client().listSystemUsers(token, business.id);
    expect(users).toEqual(
      expect.arrayContaining([
        { id: admin.id, name: 'Admin bot', role: 'ADMIN' },
        { id: employee.id, name: 'Worker bot', role: 'EMPLOYEE' },
      ]),
    );
    expect(h.recorder.calls.map((c) => c.endpoint)).toEqual(['GET {id}/system_users']);
  });
});
