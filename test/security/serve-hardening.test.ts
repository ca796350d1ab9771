import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { liveEnv, runCli, startServe, tempDir } from '../helpers/spawn.ts';

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
  it('cuts a request whose body trickles in, long before the 300 s that Node allows by default', async () => {
    const dir = tempDir();
    const env = liveEnv(dir);
    const created = await runCli(['api-keys', 'create', '--workspace', 'Acme', '--name', 'slow'], { cwd: dir, env });
    const apiKey = created.stdout.trim().split('\n')[2]!;
    const serve = await startServe({ cwd: dir, env });
    const socket = await openSocket(serve.url);
    const closed = closedBy(socket);
    const started = Date.now();
    const head = `POST /graphql HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${apiKey}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`;
    socket.write(`${head}{"query":`);
    // The server, not the test, ends this: requestTimeout 30 s, checked every 5 s.
    const answer = await closed;
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  }, 90_000);

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
