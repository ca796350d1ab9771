import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase, type DatabaseHandle } from '../db/client.ts';
import { createApp, type AppDeps } from './app.ts';
import { systemClock } from './clock.ts';
import type { Config } from './config.ts';
import { createLogger, type Logger } from './log.ts';
import { withSandboxEncryptionKey } from './sandbox-key-file.ts';
import { liveFacebookApp } from './live-facebook-app.ts';
import { connectSandboxCallbacks, printSandboxBanner, sandboxApiKey, sandboxFacebookApp, sandboxWorldFile } from './sandbox-mode.ts';
import { startSandbox } from './sandbox/sandbox.ts';
import type { SandboxHandle } from './sandbox/types.ts';

export interface RunningServer {
  url: string;
  /** Graceful stop: no new connections, requests in flight finish, then the database closes. */
  close(): Promise<void>;
}

/**
 * Node's defaults hold a slow request body for 300 s. Here headers must arrive within 10 s and the
 * whole request within 30 s; the timeouts are checked every 5 s, so a slow body is cut within 35 s.
 * Responses (the live-events stream) are not limited by these.
 */
export const SERVER_TIMEOUTS = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 5_000,
} as const;

/** After this long, connections still open at stop are cut so the process can exit. */
const STOP_GRACE_MS = 10_000;

/** config → database → (sandbox) → listen → app. The only place that starts things. */
export async function startServer(
  loadedConfig: Config,
  out: (line: string) => void = console.log,
  /** Tests: shorter timeouts, so that a test of a cut request need not wait 30 s. */
  timeouts: Partial<Record<keyof typeof SERVER_TIMEOUTS, number>> = {},
): Promise<RunningServer> {
  const log = createLogger({ level: loadedConfig.logLevel });
  const config = withSandboxEncryptionKey(loadedConfig, (message) => log.warn(message));
  const database = openDatabase(config.databaseFile);
  const server = createServer({ ...SERVER_TIMEOUTS, ...timeouts });
  server.maxConnections = config.http.maxConnections;
  const inFlight = trackResponses(server);
  let sandbox: SandboxHandle | undefined;
  try {
    if (config.mode === 'sandbox') sandbox = await startSandbox({ seed: 'demo', worldFile: sandboxWorldFile(config) });
    // GraphiQL with its assets inlined, so it works without internet. The module is 9 MB (about
    // 100 MB of memory once loaded), so it is loaded when someone first opens GraphiQL.
    const renderGraphiQL: AppDeps['renderGraphiQL'] = sandbox
      ? async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options)
      : undefined;
    // Listening comes before the app because with PORT=0 only now is the port (and so the OAuth
    // redirect URI) known; the handler is attached in the same tick, before any request is read.
    await listen(server, config.port, config.host);
    const url = `http://${formatHost(config.host)}:${(server.address() as AddressInfo).port}`;
    const facebook = sandbox ? sandboxFacebookApp(config, sandbox, url) : liveFacebookApp(config);
    const graphiqlApiKey = sandbox ? sandboxApiKey(database, config) : undefined;
    const app = createApp({ database, clock: systemClock, config, facebook, log, fetch: globalThis.fetch, graphiqlApiKey, renderGraphiQL });
    server.on('request', app.yoga);
    if (sandbox) await connectSandboxCallbacks(sandbox, url, app.services.metaCallbacks);
    // Webhooks and email: delivers what earlier runs left pending, then wakes on every new event.
    const deliveryWorker = app.workers.deliveryWorker;
    deliveryWorker.start();
    // The health sweep every ADSAUTH_SWEEP_INTERVAL (0 = off); the lease keeps it to one process at a time.
    const sweepSchedule = app.workers.startSweepSchedule(config.sweep.intervalMs);
    if (sandbox) printSandboxBanner(out, { url, sandboxUrl: sandbox.url, apiKey: graphiqlApiKey! });
    else out(`adsauth listening on ${url}/graphql`);
    log.info({ url, mode: config.mode, graphApiVersion: facebook.graphApiVersion }, 'adsauth started');
    return {
      url,
      close: () =>
        stop({
          server,
          inFlight,
          database,
          sandbox,
          log,
          deliveryWorker,
          sweepSchedule,
          graphCalls: app.kernel.graphCalls,
          businessIntegrationRecheck: app.services.metaCallbacks.businessIntegrationRecheck,
        }),
    };
  } catch (error) {
    if (server.listening) server.close();
    await sandbox?.close();
    database.close();
    throw error;
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' ? new Error(`${host}:${port} is already in use; set PORT to another port (0 picks a free one)`) : error,
      );
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve();
    });
  });
}

/** The responses not yet finished, so that stop can end their connections when they are done. */
function trackResponses(server: Server): Set<ServerResponse> {
  const open = new Set<ServerResponse>();
  server.on('request', (_request, response) => {
    open.add(response);
    response.on('close', () => open.delete(response));
  });
  return open;
}

async function stop(parts: {
  server: Server;
  inFlight: Set<ServerResponse>;
  database: DatabaseHandle;
  sandbox: SandboxHandle | undefined;
  log: Logger;
  deliveryWorker: { stop(): Promise<void> };
  sweepSchedule: { stop(): Promise<void> };
  /** The Graph call counts kept in memory: written before the database closes. */
  graphCalls: { stop(): void };
  /** Re-checks after business_integration_update, still running after their webhook was answered. */
  businessIntegrationRecheck: { idle(): Promise<void> };
}): Promise<void> {
  const { server, inFlight, database, sandbox, log } = parts;
  // A sweep in progress stops after its current window; the next run resumes it.
  const sweepStopped = parts.sweepSchedule.stop();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // Logged once the port is closed: whoever reads this line and connects is refused, never reset.
  log.info({ inFlight: inFlight.size }, 'adsauth stopping: finishing requests in flight');
  // A keep-alive socket would hold close() open after its last response: end it once that is sent.
  const endWhenDone = (response: ServerResponse) => {
    if (!response.headersSent) response.setHeader('connection', 'close');
    response.once('finish', () => setImmediate(() => server.closeIdleConnections()));
  };
  inFlight.forEach(endWhenDone);
  server.on('request', (_request, response) => endWhenDone(response));
  const cut = setTimeout(() => {
    log.warn({ graceMs: STOP_GRACE_MS }, 'adsauth stopping: cutting connections still open');
    server.closeAllConnections();
  }, STOP_GRACE_MS);
  await closed;
  clearTimeout(cut);
  // Attempts in flight finish and are recorded; rows not yet tried stay PENDING for the next start.
  await parts.deliveryWorker.stop();
  await sweepStopped;
  // Before the sandbox and the database go: a re-check in flight still talks to Graph and writes.
  await parts.businessIntegrationRecheck.idle();
  await sandbox?.close();
  parts.graphCalls.stop();
  database.close();
  log.info('adsauth stopped');
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
