import { describe, expect, it } from 'vitest';
import { appToken, userWorld } from './helpers.ts';

describe('Graph sandbox: batch', () => {
  it('runs each item like a request and answers {code, headers, body:string} in order', async () => {
    const { sb, user, token } = await userWorld();
    const account = sb.world.createAdAccount({ name: 'Brand A', userTasks: { [user.id]: ['ANALYZE'] } });
    const batch = JSON.stringify([
      { method: 'GET', relative_url: 'me?fields=id,name' },
      { method: 'GET', relative_url: `act_${account.accountId}?fields=name` },
      { method: 'GET', relative_url: 'act_1' },
    ]);
    const { status, body } = await sb.graph('/v26.0/', { form: { access_token: token, appsecret_proof: sb.proof(token), batch } });
    expect(status).toBe(200);
    expect(body).toHaveLength(3);
    expect(body[0].code).toBe(200);
    expect(JSON.parse(body[0].body)).toEqual({ id: user.id, name: 'Jane Doe' });
    const buc = body[1].headers.find((h: any) => h.name === 'X-Business-Use-Case-Usage');
    expect(JSON.parse(buc.value)[account.accountId][0].type).toBe('ads_management');
    expect(body[2].code).toBe(400);
    expect(JSON.parse(body[2].body).error).toMatchObject({ code: 100, error_subcode: 33 });
  });

  it('lets items carry their own input_token for debug_token under the app token', async () => {
    const { sb, token } = await userWorld();
    const batch = JSON.stringify([
      { method: 'GET', relative_url: `debug_token?input_token=${token}` },
      { method: 'GET', relative_url: 'debug_token?input_token=junk' },
    ]);
    const { body } = await sb.graph('/v26.0/', { form: { access_token: appToken(sb), batch } });
    expect(JSON.parse(body[0].body).data.is_valid).toBe(true);
    expect(JSON.parse(body[1].body).data.is_valid).toBe(false);
  });

  it('refuses more than 50 items and a batch without a proof', async () => {
    const { sb, token } = await userWorld();
    const items = (n: number) => JSON.stringify(Array.from({ length: n }, () => ({ method: 'GET', relative_url: 'me' })));
    const tooMany = await sb.graph('/v26.0/', { form: { access_token: token, appsecret_proof: sb.proof(token), batch: items(51) } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatchObject({
      type: 'GraphBatchException',
      message: 'Too many requests in batch message. Maximum batch size is 50',
    });
    const fifty = await sb.graph('/v26.0/', { form: { access_token: token, appsecret_proof: sb.proof(token), batch: items(50) } });
    expect(fifty.body).toHaveLength(50);
    const noProof = await sb.graph('/v26.0/', { form: { access_token: token, batch: items(1) } });
    expect(noProof.body.error.message).toBe('API calls from the server require an appsecret_proof argument');
  });
});

describe('Graph sandbox: call log and counters', () => {
  it('labels endpoints without versions, queries or ids and counts batch items under their own labels', async () => {
    const { sb, user, token } = await userWorld();
    const account = sb.world.createAdAccount({ name: 'A', userTasks: { [user.id]: ['MANAGE'] } });
    const business = sb.world.createBusiness({ name: 'B' });
    await sb.graph('/v26.0/me?fields=id', { token });
    await sb.graph('/v24.0/me/permissions', { token });
    await sb.graph('/me/adaccounts?limit=5', { token });
    await sb.graph(`/v26.0/act_${account.accountId}`, { token });
    await sb.graph(`/v26.0/${business.id}/system_users`, { token });
    await sb.graph(`/v26.0/debug_token?input_token=${token}`, { token: appToken(sb) });
    await sb.graph(`/v26.0/oauth/access_token?client_id=${sb.world.app.id}`);
    await sb.graph('/v26.0/', {
      form: {
        access_token: token,
        appsecret_proof: sb.proof(token),
        batch: JSON.stringify([
          { method: 'GET', relative_url: 'me' },
          { method: 'GET', relative_url: `act_${account.accountId}` },
        ]),
      },
    });
    await sb.graph(`/v26.0/${user.id}/permissions`, { method: 'DELETE', token });

    expect(sb.world.counters()).toEqual({
      httpRequests: 9,
      byEndpoint: {
        'GET me': 2,
        'GET me/permissions': 1,
        'GET me/adaccounts': 1,
        'GET act_{id}': 2,
        'GET {id}/system_users': 1,
        'GET debug_token': 1,
        'GET oauth/access_token': 1,
        'POST batch': 1,
        'DELETE {id}/permissions': 1,
      },
    });
    const calls = sb.world.calls();
    expect(calls).toHaveLength(11);
    expect(calls.find((c) => c.endpoint === 'POST batch')).toMatchObject({ batchItems: 2, status: 200, viaBatch: false, path: '/' });
    expect(calls.filter((c) => c.viaBatch).map((c) => c.endpoint)).toEqual(['GET me', 'GET act_{id}']);
    expect(calls.find((c) => c.endpoint === 'GET oauth/access_token')).toMatchObject({ status: 400, errorCode: 100 });
    expect(JSON.stringify(calls)).not.toContain(token);

    sb.world.resetCalls();
    expect(sb.world.counters()).toEqual({ httpRequests: 0, byEndpoint: {} });
  });
});
