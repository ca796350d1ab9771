import { describe, expect, it } from 'vitest';
import { sandbox, userWorld } from './helpers.ts';

describe('Graph sandbox: faults', () => {
  it('adds latency to Graph responses', async () => {
    const { sb, token } = await userWorld();
    sb.world.setFaults({ latencyMs: 150 });
    const started = performance.now();
    expect((await sb.graph('/v26.0/me', { token })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('answers HTTP 500 with a code-1 envelope and code 2 as a transient 400', async () => {
    const { sb, token } = await userWorld();
    sb.world.setFaults({ http500Rate: 1 });
    const five = await sb.graph('/v26.0/me', { token });
    expect(five.status).toBe(500);
    expect(five.body.error).toMatchObject({ code: 1, is_transient: true });

    sb.world.setFaults({ http500Rate: 0, code2Rate: 1 });
    const two = await sb.graph('/v26.0/me', { token });
    expect(two.status).toBe(400);
    expect(two.body.error).toMatchObject({ code: 2, is_transient: true, message: '(#2) Service temporarily unavailable' });
    expect(sb.world.calls().map((c) => [c.status, c.errorCode])).toEqual([
      [500, 1],
      [400, 2],
    ]);
  });

  it('holds timed-out requests open, and close() still ends at once', async () => {
    const sb = await sandbox();
    sb.world.setFaults({ timeoutRate: 1 });
    const aborted = fetch(`${sb.url}/v26.0/me`, { signal: AbortSignal.timeout(200) }).then(
      () => 'answered',
      (error: Error) => error.name,
    );
    expect(await aborted).toBe('TimeoutError');
    const held = fetch(`${sb.url}/v26.0/me`).catch(() => 'socket closed');
    // The sandbox logs a held request when it arrives: wait for that, not for a time.
    while (sb.world.calls().length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    // The held request never gets an answer, so close() ending at all shows it did not wait for it.
    await sb.close();
    expect(await held).toBe('socket closed');
    expect(sb.world.calls().map((c) => c.status)).toEqual([0, 0]);
  });

  it('nulls batch items at batchNullRate and fails single items with scripted faults', async () => {
    const { sb, token } = await userWorld();
    const batch = JSON.stringify([
      { method: 'GET', relative_url: 'me' },
      { method: 'GET', relative_url: 'me' },
    ]);
    const form = { access_token: token, appsecret_proof: sb.proof(token), batch };
    sb.world.setFaults({ batchNullRate: 1 });
    expect((await sb.graph('/v26.0/', { form })).body).toEqual([null, null]);
    // the 2nd matching item (the batch request itself has path "/" and does not match)
    sb.world.setFaults({ batchNullRate: 0, scripted: [{ pathIncludes: 'me', onCall: 2, fault: 'code2' }] });
    const items = (await sb.graph('/v26.0/', { form })).body;
    expect(items[0].code).toBe(200);
    expect(items[1].code).toBe(400);
    expect(JSON.parse(items[1].body).error).toMatchObject({ code: 2, is_transient: true });
  });

  it('fails exactly the Nth matching request with a scripted fault', async () => {
    const { sb, user, token } = await userWorld();
    sb.world.createAdAccount({ name: 'A', userTasks: { [user.id]: ['MANAGE'] } });
    sb.world.setFaults({
      scripted: [
        { pathIncludes: 'me/adaccounts', onCall: 2, fault: 'http500' },
        { pathIncludes: 'debug_token', onCall: 1, fault: 'code190' },
      ],
    });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await sb.graph('/v26.0/me/adaccounts', { token })).status);
    expect(statuses).toEqual([200, 500, 200]);
    expect((await sb.graph('/v26.0/me', { token })).status).toBe(200);
    const reauth = await sb.graph(`/v26.0/debug_token?input_token=${token}`, { token: `${sb.world.app.id}|${sb.world.app.secret}` });
    expect(reauth.body.error).toMatchObject({ code: 190, error_subcode: 460 });
    expect(sb.world.tokenInfo(token)!.invalidation).toBeUndefined();
  });

  it('draws random faults from a seeded PRNG: same seed and settings, same failures', async () => {
    const run = async (faultSeed?: number) => {
      const { sb, token } = await userWorld(faultSeed === undefined ? {} : { faultSeed });
      sb.world.setFaults({ http500Rate: 0.5 });
      const statuses: number[] = [];
      for (let i = 0; i < 16; i++) statuses.push((await sb.graph('/v26.0/me', { token })).status);
      return statuses.join(',');
    };
    const first = await run();
    expect(first).toContain('500');
    expect(first).toContain('200');
    expect(await run()).toBe(first);
    expect(await run(42)).not.toBe(first);
  });
});

describe('Graph sandbox: throttling and usage headers', () => {
  it('answers 80004/2446079 once an ad account’s budget is spent, and lets it back in after regainAccessMinutes', async () => {
    const { sb, user, token } = await userWorld();
    const a = sb.world.createAdAccount({ name: 'A', userTasks: { [user.id]: ['MANAGE'] } });
    const b = sb.world.createAdAccount({ name: 'B', userTasks: { [user.id]: ['MANAGE'] } });
    sb.world.setThrottle({ adAccountBudget: 3, regainAccessMinutes: 7 });
    const get = (id: string) => sb.graph(`/v26.0/act_${id}`, { token });
    for (let i = 0; i < 3; i++) expect((await get(a.accountId)).status).toBe(200);

    const throttled = await get(a.accountId);
    expect(throttled.status).toBe(400);
    expect(throttled.body.error).toMatchObject({
      code: 80004,
      error_subcode: 2446079,
      type: 'OAuthException',
      message:
        '(#80004) There have been too many calls to this ad-account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting#ads-management.',
    });
    const usage = JSON.parse(throttled.headers.get('x-business-use-case-usage')!)[a.accountId][0];
    expect(usage.call_count).toBeGreaterThanOrEqual(100);
    expect(usage.estimated_time_to_regain_access).toBe(7);
    expect((await get(b.accountId)).status).toBe(200);

    sb.clock.advance(6 * 60_000);
    const still = await get(a.accountId);
    expect(JSON.parse(still.headers.get('x-business-use-case-usage')!)[a.accountId][0].estimated_time_to_regain_access).toBe(1);
    sb.clock.advance(60_000);
    const back = await get(a.accountId);
    expect(back.status).toBe(200);
    expect(JSON.parse(back.headers.get('x-business-use-case-usage')!)[a.accountId][0]).toMatchObject({
      estimated_time_to_regain_access: 0,
    });
  });

  it('makes X-App-Usage report a chosen percentage', async () => {
    const { sb, token } = await userWorld();
    sb.world.setThrottle({ appUsagePct: 96 });
    const { headers } = await sb.graph('/v26.0/me', { token });
    expect(JSON.parse(headers.get('x-app-usage')!)).toEqual({ call_count: 96, total_time: 96, total_cputime: 96 });
  });
});
