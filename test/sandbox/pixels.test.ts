import { describe, expect, it } from 'vitest';
import { control, sandbox } from './helpers.ts';

async function pixelWorld() {
  const sb = await sandbox();
  const business = sb.world.createBusiness({ name: 'Agency' });
  const user = sb.world.createUser({ name: 'Jane' });
  const account = sb.world.createAdAccount({ name: 'Brand', businessId: business.id, userTasks: { [user.id]: ['MANAGE'] } });
  const personal = sb.world.createAdAccount({ name: 'Mine', userTasks: { [user.id]: ['MANAGE'] } });
  const token = sb.world.createToken({ type: 'USER', userId: user.id }).accessToken;
  const c = (method: string, path: string, body?: unknown) => control(sb.url, method, path, body);
  return { sb, account, personal, token, c };
}

describe('Graph sandbox: pixels', () => {
  it('connects, fires and disconnects pixels through the control API, and lists them on act_{id}/adspixels', async () => {
    const { sb, account, token, c } = await pixelWorld();
    const shop = (await c('POST', 'pixels', { name: 'Shop pixel' })).body;
    expect(shop).toMatchObject({ name: 'Shop pixel', lastFiredTime: null, accountIds: [] });
    expect((await c('POST', `pixels/${shop.id}/connect`, { accountId: `act_${account.accountId}` })).status).toBe(200);
    const fired = await c('POST', `pixels/${shop.id}/fire`, { secondsAgo: 3600 });
    expect(fired.body.lastFiredTime).toBe(sb.clock.now / 1000 - 3600);

    const list = await sb.graph(`/v26.0/act_${account.accountId}/adspixels?fields=id,name,last_fired_time`, { token });
    expect(list.body.data).toEqual([{ id: shop.id, name: 'Shop pixel', last_fired_time: '2026-03-02T09:00:00+0000' }]);

    await c('POST', `pixels/${shop.id}/disconnect`, { accountId: account.accountId });
    expect((await sb.graph(`/v26.0/act_${account.accountId}/adspixels`, { token })).body).toEqual({ data: [] });
    expect((await c('POST', 'pixels/999/fire', {})).status).toBe(404);
    expect((await c('POST', `pixels/${shop.id}/connect`, { accountId: 'x' })).status).toBe(400);
  });

  it('expands adspixels inside /me/adaccounts with .limit() and nested fields, and says is_personal', async () => {
    const { sb, account, personal, token } = await pixelWorld();
    const [a, b, d] = ['A', 'B', 'D'].map((name) => sb.world.createPixel({ name }));
    for (const pixel of [a!, b!, d!]) sb.world.connectPixel(pixel.id, account.accountId);
    sb.world.firePixel(b!.id);

    const { body } = await sb.graph('/v26.0/me/adaccounts?fields=name,is_personal,adspixels.limit(2){name,last_fired_time}', { token });
    const [brand, mine] = body.data;
    expect(brand).toMatchObject({ name: 'Brand', is_personal: 0 });
    expect(brand.adspixels.data).toEqual([
      { id: a!.id, name: 'A' },
      { id: b!.id, name: 'B', last_fired_time: '2026-03-02T10:00:00+0000' },
    ]);
    // More than the limit: next points at the edge itself, with the same fields and no token.
    const next = new URL(brand.adspixels.paging.next);
    expect(next.pathname).toBe(`/v26.0/act_${account.accountId}/adspixels`);
    expect(Object.fromEntries(next.searchParams)).toMatchObject({ fields: 'name,last_fired_time', limit: '2' });
    const rest = await sb.graph(next.pathname + next.search, { token });
    expect(rest.body.data).toEqual([{ id: d!.id, name: 'D' }]);

    expect(mine).toEqual({ id: `act_${personal.accountId}`, name: 'Mine', is_personal: 1, adspixels: { data: [] } });
    const bad = await sb.graph('/v26.0/me/adaccounts?fields=adspixels.limit(x){id}', { token });
    expect(bad.body.error).toMatchObject({ code: 100 });
  });
});
