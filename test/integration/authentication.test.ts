import { describe, expect, it } from 'vitest';
import { gql, gqlErrors, gqlResponse, type GqlTarget } from '../helpers/gql.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { ViewerQuery } from './documents.ts';

async function targets() {
  const t = await createTestApp();
  return { t, viaYoga: t as GqlTarget, viaHttp: await t.listen() };
}

describe('authentication with Authorization: Bearer <api key>', () => {
  it.each(['viaYoga', 'viaHttp'] as const)('a valid key sees its workspace and role (%s)', async (via) => {
    const all = await targets();
    const apiKey = all.t.createApiKey({ role: 'EDITOR', workspace: 'Acme', name: 'ci' });
    const data = await gql(all[via], ViewerQuery, {}, { apiKey });
    expect(data.viewer).toMatchObject({ role: 'EDITOR', apiKeyName: 'ci', workspace: { name: 'Acme' } });
  });

  it.each(['viaYoga', 'viaHttp'] as const)('no key, a wrong key and a revoked key get 401 UNAUTHENTICATED (%s)', async (via) => {
    const all = await targets();
    const valid = all.t.createApiKey();
    const revoked = all.t.createApiKey({ name: 'old' });
    const revokedId = all.t.services.apiKeys.list().find((key) => key.name === 'old')!.id;
    expect(all.t.services.apiKeys.revoke(revokedId)).toBe(true);

    const attempts: Record<string, { apiKey?: string; headers?: Record<string, string> }> = {
      'no key': {},
      'a wrong key': { apiKey: `${valid.slice(0, -4)}xxxx` },
      'not an adsauth key': { apiKey: 'hello' },
      'a revoked key': { apiKey: revoked },
      'a key without Bearer': { headers: { authorization: valid } },
    };
    for (const [attempt, options] of Object.entries(attempts)) {
      const { status, codes, data } = await gqlErrors(all[via], ViewerQuery, {}, options);
      expect({ attempt, status, codes, data }).toEqual({ attempt, status: 401, codes: ['UNAUTHENTICATED'], data: undefined });
    }
  });

  it('a wrong key is neither echoed in the response nor logged', async () => {
    const { t } = await targets();
    const wrongKey = 'adsk_WRONGKEYMARKER0123456789';
    const { body } = await gqlResponse(t, ViewerQuery, {}, { apiKey: wrongKey });
    expect(JSON.stringify(body)).not.toContain('WRONGKEYMARKER');
    expect(t.logs.text()).not.toContain('WRONGKEYMARKER');
  });

  it('records when a key was last used, with the injected clock', async () => {
    const { t } = await targets();
    const apiKey = t.createApiKey();
    expect(t.services.apiKeys.list()[0]!.lastUsedAt).toBeNull();
    t.clock.set('2026-05-05T05:05:05.000Z');
    await gql(t, ViewerQuery, {}, { apiKey });
    expect(t.services.apiKeys.list()[0]!.lastUsedAt?.toISOString()).toBe('2026-05-05T05:05:05.000Z');
  });
});
