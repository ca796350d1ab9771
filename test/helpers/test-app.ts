import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/client.ts';
import { createApp, type App, type FacebookApp } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Role } from '../../src/domain/roles.ts';
import { startSandbox } from '../../src/sandbox/sandbox.ts';
import type { SandboxHandle, SandboxOptions } from '../../src/sandbox/types.ts';
import { captureLog, type CapturedLog } from './captured-log.ts';
import { copyDatabaseTemplate } from './database-template.ts';

export const TEST_NOW = '2026-03-01T12:00:00.000Z';
export const DEFAULT_WORKSPACE = 'Acme';
/** A fixed test key (k1); tests of key rotation pass their own ADSAUTH_ENCRYPTION_KEYS. */
/** Settings that put a test app in live mode (a Facebook app configured); Graph still points at the test's sandbox. */
export const LIVE_MODE_ENV: Readonly<Record<string, string>> = {
  FACEBOOK_APP_ID: '1234567890',
  FACEBOOK_APP_SECRET: '0123456789abcdef0123456789abcdef',
  FACEBOOK_REDIRECT_URI: 'http://127.0.0.1:4000/oauth/facebook/callback/',
};
export const TEST_ENCRYPTION_KEYS = `k1:${Buffer.alloc(32, 7).toString('base64')}`;

export interface TestAppOptions {
  /** Extra environment settings, parsed by the real loadConfig. */
  env?: Record<string, string>;
  /** Where the clock starts; default TEST_NOW. Move it with `clock.advance(ms)` / `clock.set(at)`. */
  now?: string;
  /** 'file' (default): a fresh SQLite file in a temp dir, WAL and all; or ':memory:'. */
  database?: 'file' | ':memory:';
  /**
   * The Graph API the app calls. Default: a fresh sandbox (`seed: 'empty'`, sharing the test clock).
   * `{ graphUrl }` points the app at any loopback URL instead and starts no sandbox.
   */
  graph?: { sandbox: SandboxOptions } | { graphUrl: string };
  /** Overrides of the Facebook app the gateway acts as (e.g. redirectUri for callback tests). */
  facebook?: Partial<FacebookApp>;
}

export interface TestApp {
  app: App;
  yoga: App['yoga'];
  services: App['services'];
  workers: App['workers'];
  kernel: App['kernel'];
  config: Config;
  facebook: FacebookApp;
  database: DatabaseHandle;
  /** The SQLite file, or ':memory:'. */
  databaseFile: string;
  clock: ReturnType<typeof fixedClock>;
  logs: CapturedLog;
  /** Undefined when the app was pointed at a graphUrl. */
  sandbox: SandboxHandle | undefined;
  /** Creates an API key (and its workspace if new) and returns the secret to send as Bearer. */
  createApiKey(options?: { role?: Role; workspace?: string; name?: string }): string;
  /** Serves the app over real HTTP on 127.0.0.1 and returns its base URL (closed with the app). */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/**
 * A real app from createApp(), with its own database, a fixed clock, captured logs and a sandbox.
 * Closed automatically when the current test finishes; close() may also be called by hand.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const clock = fixedClock(options.now ?? TEST_NOW);
  const dir = options.database === ':memory:' ? undefined : mkdtempSync(join(tmpdir(), 'adsauth-test-'));
  const databaseFile = dir ? join(dir, 'adsauth.db') : ':memory:';
  const config = loadConfig({
    ADSAUTH_DATABASE: databaseFile,
    LOG_LEVEL: 'debug',
    ADSAUTH_ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
    ...options.env,
  });
  const logs = captureLog(config.logLevel);
  const closers: (() => Promise<void> | void)[] = [];
  const close = async () => {
    for (const closer of closers.splice(0).reverse()) await closer();
  };
  onTestFinished(close);

  if (dir) closers.push(() => rmSync(dir, { recursive: true, force: true }));
  if (dir) copyDatabaseTemplate(databaseFile);
  const database = openDatabase(databaseFile);
  closers.push(() => database.close());
  const graph = options.graph ?? { sandbox: {} };
  let sandbox: SandboxHandle | undefined;
  if ('sandbox' in graph) {
    sandbox = await startSandbox({ seed: 'empty', now: () => clock.now().getTime(), ...graph.sandbox });
    closers.push(() => sandbox!.close());
  }
  const facebook = { ...testFacebookApp(config, sandbox, 'graphUrl' in graph ? graph.graphUrl : undefined), ...options.facebook };
  const app = createApp({ database, clock, config, facebook, log: logs.log, fetch: globalThis.fetch, graphRetryBaseDelayMs: 1 });

  return {
    app,
    yoga: app.yoga,
    services: app.services,
    workers: app.workers,
    kernel: app.kernel,
    config,
    facebook,
    database,
    databaseFile,
    clock,
    logs,
    sandbox,
    createApiKey: ({ role = 'ADMIN', workspace = DEFAULT_WORKSPACE, name = `${role.toLowerCase()} key` } = {}) =>
      app.services.apiKeys.create({ workspaceName: workspace, name, role }).secret,
    listen: async () => {
      const server = createServer(app.yoga);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      closers.push(() => new Promise<void>((resolve) => server.close(() => resolve()) && server.closeAllConnections()));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close,
  };
}

function testFacebookApp(config: Config, sandbox: SandboxHandle | undefined, graphUrl: string | undefined): FacebookApp {
  const base = graphUrl ?? sandbox!.url;
  return {
    appId: sandbox?.world.app.id ?? '100000000000001',
    appSecret: sandbox?.world.app.secret ?? '0123456789abcdef0123456789abcdef',
    redirectUri: 'http://127.0.0.1:4000/oauth/facebook/callback/',
    graphApiVersion: config.facebook.graphApiVersion,
    graphApiUrl: base,
    dialogUrl: base,
    sandbox: true,
    loginConfigId: config.facebook.loginConfigId,
    businessLoginConfigId: config.facebook.businessLoginConfigId,
    webhookVerifyToken: config.facebook.webhookVerifyToken,
  };
}
