// debug_token and batched debug_token (docs/graph-api.md "debug_token", "Batch requests") against the sandbox over real HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appSecretProof } from '../../src/graph/appsecret-proof.ts';
import { GraphError } from '../../src/graph/errors.ts';
import type { DebugTokenInfo } from '../../src/graph/graph-api.ts';
import { resetSandbox, startGraphHarness, type GraphHarness } from './support.ts';

let h: GraphHarness;
beforeAll(async () => {
  h = await startGraphHarness();
});
afterAll(() => h.close());
beforeEach(() => resetSandbox(h));

describe('debugToken', () => {
  it('describes a valid user token, with dates', async () => {
    const { userId, token } = h.userWithToken(['ads_management', 'ads_read']);
    const info = await h.client().debugToken(token);
    expect(info).toMatchObject({ isValid: true, appId: h.world.app.id, type: 'USER', userId, error: undefined });
    expect(info.scopes).toEqual(expect.arrayContaining(['ads_management', 'ads_read']));
    expect(info.expiresAt).toBeInstanceOf(Date);
    expect((info.expiresAt as Date).getTime()).toBeGreaterThan(Date.now());
    expect(info.dataAccessExpiresAt).toBeInstanceOf(Date);
  });

  it('asks with the app token and its proof, by GET', async () => {
    const { token } = h.userWithToken();
    await h.client().debugToken(token);
    const [request] = h.recorder.requests;
    const appToken = `${h.world.app.id}|${h.world.app.secret}`;
    expect(request?.method).toBe('GET');
    expect(request?.headers.get('authorization')).toBe(`Bearer ${appToken}`);
    expect(new URL(request!.url).searchParams.get('appsecret_proof')).toBe(appSecretProof(h.world.app.secret, appToken));
    expect(h.world.calls().map((c) => c.endpoint)).toEqual(['GET debug_token']);
  });

  it('says never (null) for a system-user token without expiry', async () => {
    const business = h.world.createBusiness({ name: 'BM' });
    const systemUser = h.world.createSystemUser({ businessId: business.id, name: 'Robot', role: 'ADMIN' });
    const token = h.world.createToken({ type: 'SYSTEM_USER', userId: systemUser.id, scopes: ['ads_management'] });
    const info = await h.client().debugToken(token.accessToken);
    expect(info).toMatchObject({ isValid: true, type: 'SYSTEM_USER', userId: systemUser.id, expiresAt: null });
  });

  it('describes a page token with its profile', async () => {
    const user = h.world.createUser({ name: 'Page owner' });
    const token = h.world.createToken({ type: 'PAGE', userId: user.id, scopes: ['pages_show_list'] });
    const info = await h.client().debugToken(token.accessToken);
    expect(info.type).toBe('PAGE');
    expect(info.profileId).toBeTruthy();
  });

  it.each([
    ['expired', 463, (token: string) => h.world.expireToken(token)],
    ['password changed', 460, (_token: string, userId: string) => h.world.changePassword(userId)],
    ['app removed', 458, (_token: string, userId: string) => h.world.revokeApp(userId)],
  ])('answers 200 with is_valid false for a %s token (190/%s)', async (_name, subcode, breakToken) => {
    const { userId, token } = h.userWithToken();
    breakToken(token, userId);
    const info = await h.client().debugToken(token);
    expect(info.isValid).toBe(false);
    expect(info.error).toMatchObject({ code: 190, subcode });
  });

  it('answers is_valid false for garbage', async () => {
    const info = await h.client().debugToken('not-a-token');
    expect(info).toMatchObject({ isValid: false, error: { code: 190 } });
  });

  it('reports the app of a token from another app', async () => {
    const user = h.world.createUser({ name: 'Other' });
    const token = h.world.createToken({ type: 'USER', userId: user.id, appId: '424242424242' });
    const info = await h.client().debugToken(token.accessToken);
    expect(info.appId).not.toBe(h.world.app.id);
  });
});

describe('debugTokens', () => {
  it('checks 120 tokens in 3 batch requests, results in input order', async () => {
    const tokens = Array.from({ length: 120 }, () => h.userWithToken());
    h.world.expireToken(tokens[7]!.token);
    const inputs = tokens.map((t) => t.token);
    inputs[60] = 'garbage-token';
    h.world.resetCalls();

    const results = await h.client().debugTokens(inputs);
    expect(results).toHaveLength(120);
    results.forEach((result, index) => {
      expect(result).not.toBeInstanceOf(GraphError);
      const info = result as DebugTokenInfo;
      if (index === 60) expect(info.isValid).toBe(false);
      else expect(info.userId).toBe(tokens[index]!.userId);
    });
    expect((results[7] as DebugTokenInfo).error).toMatchObject({ code: 190, subcode: 463 });

    const counters = h.world.counters();
    expect(counters.httpRequests).toBe(3);
    expect(counters.byEndpoint['GET debug_token']).toBe(120);
    expect(
      h.world
        .calls()
        .filter((c) => c.endpoint === 'POST batch')
        .map((c) => c.batchItems),
    ).toEqual([50, 50, 20]);
    expect(h.recorder.calls).toHaveLength(120);
    expect(h.recorder.calls.every((c) => c.endpoint === 'GET debug_token' && c.batchItem && c.ok)).toBe(true);
  });
});
