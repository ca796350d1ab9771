import { describe, expect, it } from 'vitest';
import { sandbox, type TestSandbox } from './helpers.ts';

async function accountsWorld(count: number) {
  const sb = await sandbox();
  const { world } = sb;
  const business = world.createBusiness({ name: 'Agency BM' });
  const user = world.createUser({ name: 'Jane' });
  const accounts = Array.from({ length: count }, (_, i) =>
    world.createAdAccount({ name: `Account ${i + 1}`, businessId: business.id, userTasks: { [user.id]: ['MANAGE', 'ADVERTISE'] } }),
  );
  world.createAdAccount({ name: 'Not Jane’s' });
  const token = world.createToken({ type: 'USER', userId: user.id }).accessToken;
  return { sb, world, business, user, accounts, token };
}

async function allPages(sb: TestSandbox, token: string, first: string) {
  const pages: any[] = [];
  let path: string | undefined = first;
  while (path) {
    const { body } = await sb.graph(path, { token });
    pages.push(body);
    path = body.paging?.next ? body.paging.next.slice(sb.url.length) : undefined;
  }
  return pages;
}

describe('Graph sandbox: ad accounts', () => {
  it('pages /me/adaccounts with opaque cursors, 25 by default, next omitted on the last page', async () => {
    const { sb, accounts, token } = await accountsWorld(60);
    const pages = await allPages(sb, token, '/v26.0/me/adaccounts');
    expect(pages.map((p) => p.data.length)).toEqual([25, 25, 10]);
    expect(pages[0].data[0]).toEqual({ account_id: accounts[0]!.accountId, id: `act_${accounts[0]!.accountId}` });
    expect(pages[0].paging.cursors.after).not.toContain(accounts[24]!.accountId);
    expect(pages[0].paging.next).toMatch(new RegExp(`^${sb.url}/v26.0/me/adaccounts\\?`));
    expect(pages[0].paging.next).not.toContain('access_token');
    expect(pages[2].paging.next).toBeUndefined();
    expect(pages[1].paging.previous).toBeDefined();

    const small = await allPages(sb, token, '/v26.0/me/adaccounts?limit=7&fields=id,name');
    expect(small).toHaveLength(9);
    expect(small.flatMap((p) => p.data.map((a: any) => a.id))).toEqual(accounts.map((a) => `act_${a.accountId}`));
    expect(small[8].data[0]).toEqual({ id: `act_${accounts[56]!.accountId}`, name: 'Account 57' });
  });

  it('respects fields, with business{id,name}, tos_accepted and the caller’s user_tasks, and a summary', async () => {
    const { sb, world, business, accounts, token } = await accountsWorld(2);
    world.updateAdAccount(accounts[1]!.accountId, { accountStatus: 3, tosAccepted: { web_custom_audience_tos: 0 } });
    const { body } = await sb.graph(
      '/v26.0/me/adaccounts?fields=id,account_id,name,account_status,disable_reason,currency,timezone_name,business{id,name},tos_accepted,user_tasks&summary=total_count',
      { token },
    );
    expect(body.data[1]).toEqual({
      id: `act_${accounts[1]!.accountId}`,
      account_id: accounts[1]!.accountId,
      name: 'Account 2',
      account_status: 3,
      disable_reason: 0,
      currency: 'USD',
      timezone_name: 'America/Los_Angeles',
      business: { id: business.id, name: 'Agency BM' },
      // Like live Graph, only the accepted keys.
      tos_accepted: { custom_audience_tos: 1 },
      user_tasks: ['MANAGE', 'ADVERTISE'],
    });
    expect(body.data[0].tos_accepted).toEqual({ custom_audience_tos: 1, web_custom_audience_tos: 1 });
    expect(body.summary).toEqual({ total_count: 2 });
    world.updateAdAccount(accounts[1]!.accountId, { tosAccepted: { custom_audience_tos: 0 } });
    const none = await sb.graph(`/v26.0/act_${accounts[1]!.accountId}?fields=tos_accepted`, { token });
    expect(none.body).toEqual({ id: `act_${accounts[1]!.accountId}` });
    const unknown = await sb.graph('/v26.0/me/adaccounts?fields=id,user_role', { token });
    expect(unknown.body.error).toMatchObject({
      code: 100,
      message: '(#100) Tried accessing nonexisting field (user_role) on node type (AdAccount)',
    });
  });

  it('needs ads_read or ads_management', async () => {
    const { sb, world, user } = await accountsWorld(1);
    const token = world.createToken({ type: 'USER', userId: user.id, scopes: ['public_profile'] }).accessToken;
    const { status, body } = await sb.graph('/v26.0/me/adaccounts', { token });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 200, type: 'OAuthException', message: '(#200) Permissions error' });
  });

  it('reads one account, with BUC headers keyed by the bare id, and refuses accounts out of reach', async () => {
    const { sb, world, accounts, token } = await accountsWorld(1);
    const id = accounts[0]!.accountId;
    const { status, body, headers } = await sb.graph(`/v26.0/act_${id}?fields=name,user_tasks`, { token });
    expect(status).toBe(200);
    expect(body).toEqual({ name: 'Account 1', user_tasks: ['MANAGE', 'ADVERTISE'], id: `act_${id}` });
    const buc = JSON.parse(headers.get('x-business-use-case-usage')!);
    expect(buc[id][0]).toMatchObject({
      type: 'ads_management',
      call_count: 0,
      estimated_time_to_regain_access: 0,
      ads_api_access_tier: 'standard_access',
    });
    expect(JSON.parse(headers.get('x-app-usage')!)).toEqual({ call_count: 0, total_time: 0, total_cputime: 0 });

    world.setApp({ accessTier: 'development_access' });
    const dev = await sb.graph(`/v26.0/act_${id}`, { token });
    expect(JSON.parse(dev.headers.get('x-business-use-case-usage')!)[id][0].ads_api_access_tier).toBe('development_access');

    const other = world.snapshot().adAccounts.find((a) => a.name === 'Not Jane’s')!;
    const refused = await sb.graph(`/v26.0/act_${other.accountId}`, { token });
    expect(refused.body.error).toMatchObject({ code: 100, error_subcode: 33 });
    expect(refused.body.error.message).toContain(`Object with ID 'act_${other.accountId}' does not exist`);
  });

  it('lists a business’s system users with business_management', async () => {
    const { sb, world, business, user, token } = await accountsWorld(0);
    const admin = world.createSystemUser({ businessId: business.id, name: 'Admin SU', role: 'ADMIN' });
    const employee = world.createSystemUser({ businessId: business.id, name: 'Employee SU' });
    const { body } = await sb.graph(`/v26.0/${business.id}/system_users`, { token });
    expect(body.data).toEqual([
      { id: admin.id, name: 'Admin SU', role: 'ADMIN' },
      { id: employee.id, name: 'Employee SU', role: 'EMPLOYEE' },
    ]);
    expect(body.summary).toEqual({ total_count: 2 });

    const noBm = world.createToken({ type: 'USER', userId: user.id, scopes: ['ads_read'] }).accessToken;
    expect((await sb.graph(`/v26.0/${business.id}/system_users`, { token: noBm })).body.error.code).toBe(200);
  });
});

describe('Graph sandbox: /me and /me/permissions', () => {
  it('reports granted, declined and expired permissions', async () => {
    const sb = await sandbox();
    const user = sb.world.createUser({ name: 'Jane' });
    const token = sb.world.createToken({
      type: 'USER',
      userId: user.id,
      scopes: ['ads_read', 'public_profile'],
      declinedScopes: ['business_management'],
    }).accessToken;
    const perms = async () => (await sb.graph('/v26.0/me/permissions', { token })).body.data;
    expect(await perms()).toEqual([
      { permission: 'ads_read', status: 'granted' },
      { permission: 'public_profile', status: 'granted' },
      { permission: 'business_management', status: 'declined' },
    ]);
    sb.world.removeScope(user.id, 'ads_read');
    expect((await perms()).find((p: any) => p.permission === 'ads_read').status).toBe('declined');
    sb.world.expireDataAccess(token);
    expect((await perms()).find((p: any) => p.permission === 'public_profile').status).toBe('expired');
  });

  it('answers /me with an app token with 2500', async () => {
    const sb = await sandbox();
    const { body } = await sb.graph('/v26.0/me', { token: `${sb.world.app.id}|${sb.world.app.secret}` });
    expect(body.error.code).toBe(2500);
  });
});
