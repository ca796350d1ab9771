import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { openDatabase, type DatabaseHandle } from '../db/client.ts';
import { createApp, type FacebookApp } from './app.ts';
import { createApiKeyRepository } from './repositories/api-keys.ts';
import { createWorkspaceRepository } from './repositories/workspaces.ts';
import { createApiKeyService } from './services/api-keys.ts';
import { systemClock } from './clock.ts';
import type { Config } from './config.ts';
import { createLogger, type Logger } from './log.ts';
import { startSandbox } from './sandbox/sandbox.ts';
import type { SandboxHandle } from './sandbox/types.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** config → database → (sandbox) → app → listen. The only place that starts things. */
export async function startServer(config: Config, out: (line: string) => void = console.log): Promise<RunningServer> {
  const log = createLogger({ level: config.logLevel });
  const database = openDatabase(config.databaseFile);
  let sandbox: SandboxHandle | undefined;
  try {
    if (config.mode === 'sandbox') sandbox = await startSandbox({ seed: 'demo' });
    const facebook = resolveFacebookApp(config, sandbox);
    const graphiqlApiKey = sandbox ? sandboxApiKey(database, config) : undefined;
    const app = createApp({ database, clock: systemClock, config, facebook, log, fetch: globalThis.fetch, graphiqlApiKey });
    const server = createServer(app.yoga);
    await listen(server, config.port, config.host);
    const url = `http://${formatHost(config.host)}:${(server.address() as AddressInfo).port}`;
    if (sandbox) printSandboxBanner(out, { url, sandboxUrl: sandbox.url, apiKey: graphiqlApiKey! });
    else out(`adsauth listening on ${url}/graphql`);
    log.info({ url, mode: config.mode, graphApiVersion: facebook.graphApiVersion }, 'adsauth started');
    return { url, close: () => stop(server, database, sandbox, log) };
  } catch (error) {
    await sandbox?.close();
    database.close();
    throw error;
  }
}

function resolveFacebookApp(config: Config, sandbox: SandboxHandle | undefined): FacebookApp {
  const { facebook } = config;
  if (sandbox) {
    return {
      appId: sandbox.world.app.id,
      appSecret: sandbox.world.app.secret,
      redirectUri: facebook.redirectUri ?? `http://${formatHost(config.host)}:${config.port}/oauth/facebook/callback/`,
      graphApiVersion: facebook.graphApiVersion,
      graphApiUrl: sandbox.url,
      dialogUrl: sandbox.url,
      sandbox: true,
    };
  }
  return {
    appId: facebook.appId!,
    appSecret: facebook.appSecret!,
    redirectUri: facebook.redirectUri!,
    graphApiVersion: facebook.graphApiVersion,
    graphApiUrl: facebook.graphApiUrl,
    dialogUrl: facebook.dialogUrl,
    sandbox: false,
  };
}

/** Sandbox mode keeps one ADMIN key in the data directory so GraphiQL works across restarts. */
function sandboxApiKey(database: DatabaseHandle, config: Config): string {
  const file = join(dirname(config.databaseFile === ':memory:' ? './data/x' : config.databaseFile), 'sandbox-api-key');
  const { db } = database;
  const service = createApiKeyService({ apiKeys: createApiKeyRepository(db), workspaces: createWorkspaceRepository(db), clock: systemClock });
  if (existsSync(file)) {
    const saved = readFileSync(file, 'utf8').trim();
    if (service.authenticate(saved)) return saved;
  }
  const created = service.create({ workspaceName: 'Sandbox', name: 'sandbox-graphiql', role: 'ADMIN' });
  writeFileSync(file, `${created.secret}\n`, { mode: 0o600 });
  return created.secret;
}

function printSandboxBanner(out: (line: string) => void, info: { url: string; sandboxUrl: string; apiKey: string }): void {
  const rule = '='.repeat(78);
  out(rule);
  out('  adsauth is running in SANDBOX MODE: no Facebook app is configured.');
  out(`  Graph API calls go to the local Graph sandbox at ${info.sandboxUrl}, not to Facebook.`);
  out('');
  out(`  GraphiQL:  ${info.url}/graphql`);
  out(`  API key:   ${info.apiKey}`);
  out(`  Try:       curl -s ${info.url}/graphql -H 'Authorization: Bearer ${info.apiKey}' \\`);
  out(`               -H 'Content-Type: application/json' -d '{"query":"{ viewer { role workspace { name } } }"}'`);
  out(`  Sandbox control API: ${info.sandboxUrl}/__sandbox/world`);
  out(rule);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Stops accepting connections, lets requests in flight finish, then closes the sandbox and the database. */
async function stop(server: Server, database: DatabaseHandle, sandbox: SandboxHandle | undefined, log: Logger): Promise<void> {
  log.info('adsauth stopping: finishing requests in flight');
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  await sandbox?.close();
  database.close();
  log.info('adsauth stopped');
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
