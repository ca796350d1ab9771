// The real app (createApp) as every benchmark runs it: pointed at a Graph sandbox, on its own
// database file, with a fixed encryption key and no logs.
import type { DatabaseHandle } from '../db/client.ts';
import { createApp } from '../src/app.ts';
import { systemClock } from '../src/clock.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import type { SandboxHandle } from '../src/sandbox/types.ts';

export const BENCH_KEYS = `bench:${Buffer.alloc(32, 9).toString('base64')}`;

/** `sandbox`: one in this process, or only the URL and app of one in another (bench:sweep's). */
export function createBenchApp(input: {
  sandbox: Pick<SandboxHandle, 'url'> & { world: Pick<SandboxHandle['world'], 'app'> };
  database: DatabaseHandle;
  env?: Record<string, string>;
}) {
  const { sandbox, database } = input;
  const config = loadConfig({ ADSAUTH_DATABASE: database.file, ADSAUTH_ENCRYPTION_KEYS: BENCH_KEYS, LOG_LEVEL: 'silent', ...input.env });
  const app = createApp({
    database,
    clock: systemClock,
    config,
    log: createLogger({ level: 'silent' }),
    fetch: globalThis.fetch,
    facebook: {
      appId: sandbox.world.app.id,
      appSecret: sandbox.world.app.secret,
      redirectUri: 'http://127.0.0.1:4000/oauth/facebook/callback/',
      graphApiVersion: config.facebook.graphApiVersion,
      graphApiUrl: sandbox.url,
      dialogUrl: sandbox.url,
      sandbox: true,
    },
  });
  return { ...app, config };
}
