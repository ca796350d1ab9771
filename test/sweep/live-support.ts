// A database file and a sandbox on the real clock, for sweeps run by child processes (`adsauth sweep`)
// and by in-process apps on the same file: the set-up of the lease and kill -9 tests.
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { createApp } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig, parseEncryptionKeys } from '../../src/config.ts';
import { createWorkspaceRepository } from '../../src/repositories/workspaces.ts';
import { startSandbox } from '../../src/sandbox/sandbox.ts';
import { createTokenCipher } from '../../src/services/kernel/token-cipher.ts';
import { captureLog } from '../helpers/captured-log.ts';
import { copyDatabaseTemplate } from '../helpers/database-template.ts';
import { tempDir } from '../helpers/spawn.ts';
import { TEST_ENCRYPTION_KEYS } from '../helpers/test-app.ts';
import { seedAuthorizations, type SeedOptions } from './seed.ts';

export async function setupLiveSweep(seed: Omit<SeedOptions, 'workspaceId'>) {
  const sandbox = await startSandbox({ seed: 'empty' });
  onTestFinished(() => sandbox.close());
  const dir = tempDir();
  const env: Record<string, string> = {
    ADSAUTH_DATABASE: join(dir, 'adsauth.db'),
    FACEBOOK_APP_ID: sandbox.world.app.id,
    FACEBOOK_APP_SECRET: sandbox.world.app.secret,
    FACEBOOK_REDIRECT_URI: 'http://127.0.0.1:4000/oauth/facebook/callback/',
    GRAPH_API_URL: sandbox.url,
    ADSAUTH_ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
    LOG_LEVEL: 'warn',
  };
  copyDatabaseTemplate(env.ADSAUTH_DATABASE!);
  const database = openDatabase(env.ADSAUTH_DATABASE!);
  onTestFinished(() => database.close());
  const workspace = createWorkspaceRepository(database.db).create('Acme', new Date());
  const cipher = createTokenCipher(parseEncryptionKeys(TEST_ENCRYPTION_KEYS));
  const seeded = seedAuthorizations(
    { db: database.db, cipher, world: sandbox.world, now: new Date() },
    { workspaceId: workspace.id, ...seed },
  );

  /** Another "process" on the same file: its own connection, app and clock (which may run ahead). */
  function appOnSameFile(options: { clockAheadMs?: number; fetch?: typeof globalThis.fetch } = {}) {
    const connection = openDatabase(env.ADSAUTH_DATABASE!);
    onTestFinished(() => connection.close());
    const config = loadConfig(env);
    const facebook = {
      appId: env.FACEBOOK_APP_ID!,
      appSecret: env.FACEBOOK_APP_SECRET!,
      redirectUri: env.FACEBOOK_REDIRECT_URI!,
      graphApiVersion: config.facebook.graphApiVersion,
      graphApiUrl: sandbox.url,
      dialogUrl: sandbox.url,
      sandbox: false,
    };
    const clock = fixedClock(new Date(Date.now() + (options.clockAheadMs ?? 0)));
    const logs = captureLog('info');
    return {
      app: createApp({
        database: connection,
        clock,
        config,
        facebook,
        log: logs.log,
        fetch: options.fetch ?? globalThis.fetch,
        graphRetryBaseDelayMs: 1,
      }),
      clock,
      logs,
    };
  }

  const count = (sql: string, ...params: unknown[]) => (database.sqlite.prepare(sql).get(...params) as { n: number }).n;
  return { sandbox, world: sandbox.world, env, dir, database, seeded, appOnSameFile, count };
}
