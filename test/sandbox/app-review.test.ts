import { describe, expect, it } from 'vitest';
import { appToken, control, sandbox } from './helpers.ts';

describe('Graph sandbox: App Review and business verification', () => {
  it('answers /{app-id}/permissions to the app token only, as the control API sets them', async () => {
    const sb = await sandbox();
    const c = (method: string, path: string, body?: unknown) => control(sb.url, method, path, body);
    const app = appToken(sb);
    const path = `/v26.0/${sb.world.app.id}/permissions`;
    expect((await sb.graph(path, { token: app, proof: null })).body.data).toContainEqual({ permission: 'ads_management', status: 'live' });

    expect((await c('PUT', 'app/permissions/ads_management', { status: 'unapproved' })).status).toBe(200);
    expect((await c('PUT', 'app/permissions/pages_show_list', { status: 'live' })).status).toBe(200);
    expect((await c('PUT', 'app/permissions/email', { status: null })).status).toBe(200);
    expect((await c('PUT', 'app/permissions/email', { status: 'approved' })).status).toBe(400);
    const { body } = await sb.graph(path, { token: app, proof: null });
    expect(body.data).toEqual([
      { permission: 'ads_management', status: 'unapproved' },
      { permission: 'ads_read', status: 'live' },
      { permission: 'business_management', status: 'live' },
      { permission: 'public_profile', status: 'live' },
      { permission: 'pages_show_list', status: 'live' },
    ]);

    const user = sb.world.createUser({ name: 'Jane' });
    const token = sb.world.createToken({ type: 'USER', userId: user.id }).accessToken;
    expect((await sb.graph(path, { token })).body.error).toMatchObject({ code: 100 });
  });

  it('answers a business’s verification_status, not_verified until the control API sets it', async () => {
    const sb = await sandbox();
    const business = sb.world.createBusiness({ name: 'Agency' });
    const path = `/v26.0/${business.id}?fields=id,name,verification_status`;
    const read = async () => (await sb.graph(path, { token: appToken(sb), proof: null })).body;
    expect(await read()).toEqual({ id: business.id, name: 'Agency', verification_status: 'not_verified' });
    expect((await control(sb.url, 'PUT', `businesses/${business.id}/verification`, { status: 'pending_need_more_info' })).status).toBe(200);
    expect((await read()).verification_status).toBe('pending_need_more_info');
    expect((await control(sb.url, 'PUT', 'businesses/123/verification', { status: 'verified' })).status).toBe(404);
  });
});
