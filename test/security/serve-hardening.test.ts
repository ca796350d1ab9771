import { connect, type Socket } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { SERVER_TIMEOUTS, startServer } from '../../src/server.ts';
import { liveEnv, startServe, tempDir } from '../helpers/spawn.ts';
import { createTestApp } from '../helpers/test-app.ts';

/** Opens a raw socket to the server and resolves once it is connected. */
function openSocket(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Resolves with what the server sent before it closed the socket. */
function closedBy(socket: Socket): Promise<string> {
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  socket.on('error', () => undefined);
  return new Promise((resolve) => socket.once('close', () => resolve(received)));
}

describe('serve faces the network with limits', () => {
  it("cuts a request whose body trickles in once the request timeout passes: 30 s, not Node's default 300 s", async () => {
    expect(SERVER_TIMEOUTS).toMatchObject({ headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 5_000 });
    const t = await createTestApp();
    const apiKey = t.createApiKey({ role: 'VIEWER' });
    // The same server on the same file, with the timeout shortened so the test does not wait 30 s for it.
    const config = loadConfig(liveEnv(tempDir(), { ADSAUTH_DATABASE: t.databaseFile, LOG_LEVEL: 'silent' }));
    const serve = await startServer(config, () => {}, { headersTimeout: 500, requestTimeout: 500, connectionsCheckingInterval: 100 });
    onTestFinished(() => serve.close());
    const socket = await openSocket(serve.url);
    const closed = closedBy(socket);
    const head = `POST /graphql HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${apiKey}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`;
    socket.write(`${head}{"query":`);
    // The server, not the test, ends this: the test waits for the socket to close, however long that takes.
    expect(await closed).toMatch(/^HTTP\/1\.1 408/);
  });

  it('accepts at most ADSAUTH_MAX_CONNECTIONS sockets at once', async () => {
    const serve = await startServe({ cwd: tempDir(), env: liveEnv(tempDir(), { ADSAUTH_MAX_CONNECTIONS: '2' }) });
    const held = [await openSocket(serve.url), await openSocket(serve.url)];
    // Node accepts the third connection and closes it at once, without a response.
    const third = await openSocket(serve.url);
    expect(await closedBy(third)).toBe('');
    for (const socket of held) socket.destroy();
  });

  it('GraphiQL (sandbox mode) allows only its own inline scripts, cannot be framed, and is never shared cross-origin', async () => {
    const serve = await startServe({ cwd: tempDir(), env: { PORT: '0' } });
    const response = await fetch(`${serve.url}/graphql`, { headers: { accept: 'text/html', origin: 'http://localhost:5173' } });
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    // One inline script (the bundle and its start-up call), allowed by its hash; nothing else runs.
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
    // localhost:5173 is an allowed origin in sandbox mode, but not for the page that embeds the key.
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    await response.text();
    serve.child.kill('SIGTERM');
    expect((await serve.exited).code).toBe(0);
  });
});
