import { describe, expect, it } from 'vitest';
import { gql, gqlErrors } from '../helpers/gql.ts';
import { TEST_NOW, createTestApp } from '../helpers/test-app.ts';
import { ApiKeysQuery } from './documents.ts';

describe('roles: Query.apiKeys is ADMIN only', () => {
  it.each(['VIEWER', 'EDITOR'] as const)('a %s key gets FORBIDDEN and no data', async (role) => {
    const t = await createTestApp();
    const apiKey = t.createApiKey({ role });
    const { status, errors, codes, data } = await gqlErrors(t, ApiKeysQuery, {}, { apiKey });
    expect(codes).toEqual(['FORBIDDEN']);
    expect(errors[0]?.message).toContain(`role is ${role}`);
    expect(errors[0]?.path).toEqual(['apiKeys']);
    expect(status).toBe(200);
    expect(data).toBeNull();
  });

  it('an ADMIN key lists only its own workspace’s keys, newest first, without secrets or hashes', async () => {
    const t = await createTestApp();
    const admin = t.createApiKey({ role: 'ADMIN', name: 'admin' });
    t.clock.advance(1000);
    const viewerSecret = t.createApiKey({ role: 'VIEWER', name: 'dashboard' });
    t.createApiKey({ role: 'ADMIN', workspace: 'Globex', name: 'other workspace' });
    const revokedId = t.services.apiKeys.list().find((key) => key.name === 'dashboard')!.id;
    t.services.apiKeys.revoke(revokedId);

    const { apiKeys: connection } = await gql(t, ApiKeysQuery, {}, { apiKey: admin });
    expect(connection.totalCount).toBe(2);
    const apiKeys = connection.edges.map((edge) => edge.node);
    expect(apiKeys.map((key) => [key.name, key.role, key.revokedAt !== null])).toEqual([
      ['dashboard', 'VIEWER', true],
      ['admin', 'ADMIN', false],
    ]);
    expect(apiKeys[1]!.keyPrefix).toBe(admin.slice(0, 11));
    expect(apiKeys[1]!.createdAt).toBe(TEST_NOW);
    expect(apiKeys[1]!.lastUsedAt).toBe('2026-03-01T12:00:01.000Z');
    const text = JSON.stringify(apiKeys);
    for (const secret of [admin, viewerSecret]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/[0-9a-f]{64}/);
  });

  it('pages the keys newest first with the total, keys created in the same millisecond included', async () => {
    const t = await createTestApp();
    const admin = t.createApiKey({ role: 'ADMIN', name: 'key 0' });
    for (let i = 1; i < 5; i++) {
      if (i % 2 === 1) t.clock.advance(1000);
      t.createApiKey({ role: 'VIEWER', name: `key ${i}` });
    }
    t.createApiKey({ role: 'ADMIN', workspace: 'Globex', name: 'other workspace' });
    const names: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const { apiKeys } = await gql(t, ApiKeysQuery, { first: 2, after }, { apiKey: admin });
      expect(apiKeys.totalCount).toBe(5);
      names.push(...apiKeys.edges.map((edge) => edge.node.name));
      if (!apiKeys.pageInfo.hasNextPage) break;
      after = apiKeys.pageInfo.endCursor!;
    }
    expect(names).toHaveLength(5);
    // Newest first by time: keys 3 and 4 share a millisecond, as do keys 1 and 2.
    expect(names.slice(0, 2).sort()).toEqual(['key 3', 'key 4']);
    expect(names.slice(2, 4).sort()).toEqual(['key 1', 'key 2']);
    expect(names[4]).toBe('key 0');
  });
});
