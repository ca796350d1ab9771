// startSandbox: the Graph sandbox's HTTP server on loopback (node:http). Routes:
//   /__sandbox/…              control API (JSON)                         → control-api.ts
//   /{vNN.0}/dialog/oauth     the OAuth consent page                       → dialog.ts
//   /{vNN.0}/… or /…          Graph (docs/graph-api.md "Calls adsauth makes"), with latency and faults → graph-router.ts
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { endpointLabel, logPath } from './call-log.ts';
import { handleControl } from './control-api.ts';
import { handleDialog } from './dialog.ts';
import type { GraphRequest } from './graph-context.ts';
import { faultResult, logEntry } from './graph-result.ts';
import { executeGraph } from './graph-router.ts';
import { verifySubscriptionCallback } from './subscription-check.ts';
import { BodyTooLargeError, parseParams, readBody, safeDecode, send, sendJson } from './http-util.ts';
import { seedDemo } from './seed-demo.ts';
import type { SandboxHandle, SandboxOptions } from './types.ts';
import { createWorldWriter, readWorldFile, unreadableWorldFile } from './world-file.ts';
import { World } from './world.ts';

/** A world from the saved file when there is one, else from the seed. */
function openWorld(options: SandboxOptions): World {
  const saved = options.worldFile ? readWorldFile(options.worldFile) : undefined;
  const worldOptions = {
    now: options.now ?? Date.now,
    seed: options.seed === 'empty' ? () => {} : seedDemo,
    faultSeed: options.faultSeed,
    saved,
  };
  try {
    return new World(worldOptions);
  } catch (error) {
    if (!saved || !options.worldFile) throw error;
    throw unreadableWorldFile(options.worldFile, (error as Error).message, error);
  }
}

export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  const world = openWorld(options);
  const writer = options.worldFile ? createWorldWriter(options.worldFile, () => world.exportState()) : undefined;
  // Every change arrives over HTTP (Graph, the dialog, the control API): saved after each request.
  const persist = () => {
    try {
      writer?.save();
    } catch (error) {
      console.error('graph sandbox: could not save the world file', error);
    }
  };
  persist();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = '';

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const server = createServer((req, res) => {
    handle(req, res)
      .catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) return sendJson(res, 413, { error: { message: error.message } });
        console.error('graph sandbox: unexpected error', error);
        sendJson(res, 500, { error: { message: 'sandbox internal error' } });
      })
      .finally(persist);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
    const query: Record<string, string> = Object.fromEntries(url.searchParams);
    const method = (req.method ?? 'GET').toUpperCase();
    const body = await readBody(req);
    if (segments[0] === '__sandbox') return handleControl(world, { method, segments: segments.slice(1), query, body }, res);
    const params = { ...query, ...parseParams(req.headers['content-type'], body) };
    const version = /^v\d+\.\d+$/.test(segments[0] ?? '') ? segments.shift() : undefined;
    if (segments.length === 2 && segments[0] === 'dialog' && segments[1] === 'oauth')
      return handleDialog(world, { method, params, url }, res);

    const request: GraphRequest = { method, segments, params, authorization: req.headers.authorization, version, viaBatch: false };
    const { latencyMs } = world.faults.settings;
    if (latencyMs > 0) await delay(latencyMs);
    const fault = world.faults.forRequest(logPath(segments), endpointLabel(method, segments));
    if (fault === 'timeout') {
      // held open and never answered; close() destroys the socket
      world.log.record(logEntry(world, request, { status: 0, body: null, batchItems: undefined }));
      return;
    }
    const refused = fault ? undefined : await verifySubscriptionCallback(world, baseUrl, request);
    const result = fault ? faultResult(fault, request) : (refused ?? executeGraph(world, baseUrl, request));
    world.log.record(logEntry(world, request, result));
    send(res, result.status, JSON.stringify(result.body), result.headers);
  }

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  baseUrl = `http://${host}:${address.port}`;

  let closing: Promise<void> | undefined;
  return {
    url: baseUrl,
    world,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        // Changes made in process (world.setApp, tests) since the last request.
        persist();
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      })),
  };
}
