import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/sandbox.ts';
import { tempDir } from '../helpers/spawn.ts';

const json = { 'content-type': 'application/json' };

describe('Graph sandbox: the world file', () => {
  it('a sandbox started on the file of an earlier one has its world: people, tokens, broken tokens, grants, integrations', async () => {
    const dir = tempDir();
    const worldFile = join(dir, 'world.json');
    const first = await startSandbox({ seed: 'empty', worldFile });
    const post = (path: string, body: unknown) =>
      fetch(`${first.url}/__sandbox/${path}`, { method: 'POST', headers: json, body: JSON.stringify(body) }).then((r) => r.json() as any);
    const dana = await post('users', { name: 'Dana' });
    const kept = await post('tokens', { type: 'USER', userId: dana.id, scopes: ['ads_management', 'ads_read'] });
    const broken = await post('tokens', { type: 'USER', userId: dana.id });
    await post('tokens/invalidate', { accessToken: broken.accessToken, subcode: 460 });
    await post('users/' + dana.id + '/remove-scope', { scope: 'ads_read' });
    const business = await post('businesses', { name: 'Initech' });
    await post('integrations', {
      userId: dana.id,
      redirectUri: 'https://gateway.example/cb',
      configId: '700000000000002',
      businessId: business.id,
      assetIds: [],
    });
    const before = first.world.snapshot();
    await first.close();
    expect(readdirSync(dir)).toEqual(['world.json']);

    const second = await startSandbox({ seed: 'demo', worldFile });
    expect(second.world.snapshot()).toEqual(before);
    expect(second.world.tokenInfo(kept.accessToken)).toMatchObject({ scopes: ['ads_management'], declinedScopes: ['ads_read'] });
    expect(second.world.tokenInfo(broken.accessToken)?.invalidation).toBe(460);
    expect(second.world.integrations.integration(business.id)?.configId).toBe('700000000000002');
    // New ids continue after the kept ones.
    expect(second.world.createUser({ name: 'Eve' }).id).not.toBe(dana.id);
    await second.close();
  });

  it('without a file, or with none yet, the sandbox starts from its seed', async () => {
    const worldFile = join(tempDir(), 'world.json');
    const sandbox = await startSandbox({ seed: 'demo', worldFile });
    expect(sandbox.world.snapshot().users.map((u) => u.name)).toContain('Jane Advertiser');
    expect(existsSync(worldFile)).toBe(true);
    await sandbox.close();
    const inMemory = await startSandbox({ seed: 'empty' });
    expect(inMemory.world.snapshot().users).toEqual([]);
    await inMemory.close();
  });
});

describe('Graph sandbox: a world file it cannot read', () => {
  it.each([
    ['not JSON', '{'],
    ['null', 'null'],
    ['no world', '{"format":1}'],
    ['a world without its parts', '{"format":1,"world":{"app":{}}}'],
    [
      'parts of the wrong shape inside',
      '{"format":1,"world":{"app":{},"directory":{"users":7},"integrations":{},"pixels":{},"appReview":{},"registry":{}}}',
    ],
  ])('stops the start with one sentence naming the file and the way out: %s', async (_what, text) => {
    const worldFile = join(tempDir(), 'world.json');
    writeFileSync(worldFile, text);
    await expect(startSandbox({ seed: 'demo', worldFile })).rejects.toThrow(
      new RegExp(`^${worldFile.replaceAll('.', '\\.')} is not a sandbox world file \\(delete it to start from the seed\\): .+`),
    );
  });

  it('a file of another format is set aside: the sandbox starts from its seed', async () => {
    const worldFile = join(tempDir(), 'world.json');
    writeFileSync(worldFile, '{"format":99,"world":{}}');
    const sandbox = await startSandbox({ seed: 'demo', worldFile });
    expect(sandbox.world.snapshot().users.map((u) => u.name)).toContain('Jane Advertiser');
    await sandbox.close();
  });
});
