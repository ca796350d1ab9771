import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { createApiKeyRepository } from '../../src/repositories/api-keys.ts';
import { createWorkspaceRepository } from '../../src/repositories/workspaces.ts';
import { createApiKeyService } from '../../src/services/api-keys/api-keys.ts';
import { systemClock } from '../../src/clock.ts';
import { liveEnv, runCli, startServe, tempDir, type ServingProcess } from '../helpers/spawn.ts';

function createKey(databaseFile: string): string {
  const database = openDatabase(databaseFile);
  try {
    const { db } = database;
    const service = createApiKeyService({
      apiKeys: createApiKeyRepository(db),
      workspaces: createWorkspaceRepository(db),
      clock: systemClock,
    });
    return service.create({ workspaceName: 'Acme', name: 'stop-test', role: 'VIEWER' }).secret;
  } finally {
    database.close();
  }
}

/**
 * A POST whose body arrives in two parts: the request stays in flight until `finish` is called.
 * It asks for `100 Continue`, which node's server sends when it emits the request: `arrived`
 * resolves once the server counts the request as in flight.
 */
function slowPost(url: string, apiKey: string, body: string) {
  const { hostname, port } = new URL(url);
  const half = Math.floor(body.length / 2);
  let resolveResponse: (value: { status: number; connection: string | undefined; body: string }) => void;
  const response = new Promise<{ status: number; connection: string | undefined; body: string }>((resolve) => (resolveResponse = resolve));
  const req = request(
    {
      hostname,
      port,
      path: '/graphql',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        authorization: `Bearer ${apiKey}`,
        expect: '100-continue',
      },
    },
    (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolveResponse({ status: res.statusCode ?? 0, connection: res.headers.connection, body: text }));
    },
  );
  const arrived = new Promise<void>((resolve) => req.once('continue', resolve));
  req.write(body.slice(0, half));
  return { arrived, response, finish: () => req.end(body.slice(half)) };
}

/** Resolves when serve's stdout contains `text` (bounded by the test's timeout). */
function printed(serve: ServingProcess, text: string): Promise<void> {
  return new Promise((resolve) => {
    const look = () => {
      if (!serve.stdout().includes(text)) return;
      serve.child.stdout!.off('data', look);
      resolve();
    };
    serve.child.stdout!.on('data', look);
    look();
  });
}

const CUT_WARNING = 'cutting connections still open';

describe('serve stops gracefully on SIGTERM', () => {
  it('finishes the request in flight, refuses new connections, closes the database and exits 0', async () => {
    const dir = tempDir();
    const env = liveEnv(dir);
    const apiKey = createKey(env.ADSAUTH_DATABASE!);
    const serve = await startServe({ env, cwd: dir });
    expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(serve.url).not.toMatch(/:0$/);
    expect(existsSync(join(dir, 'adsauth.db-wal'))).toBe(true);

    const inFlight = slowPost(serve.url, apiKey, JSON.stringify({ query: '{ viewer { role workspace { name } } }' }));
    await inFlight.arrived;
    serve.child.kill('SIGTERM');
    await printed(serve, 'adsauth stopping');
    expect(
      JSON.parse(
        serve
          .stdout()
          .split('\n')
          .find((line) => line.includes('adsauth stopping'))!,
      ),
    ).toMatchObject({ inFlight: 1 });

    await expect(fetch(`${serve.url}/healthz`)).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    expect(serve.child.exitCode).toBeNull();

    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer.status).toBe(200);
    // The answered connection is ended, not left idle until the 5 s keep-alive timeout.
    expect(answer.connection).toBe('close');
    expect(JSON.parse(answer.body)).toEqual({ data: { viewer: { role: 'VIEWER', workspace: { name: 'Acme' } } } });

    const exit = await serve.exited;
    // No connection had to be cut after the grace period: whatever the machine's speed, the stop was clean.
    expect(exit.stdout).not.toContain(CUT_WARNING);
    expect({ code: exit.code, signal: exit.signal, stderr: exit.stderr }).toEqual({ code: 0, signal: null, stderr: '' });
    expect(exit.stdout).toContain('"msg":"adsauth stopped"');
    // SQLite removes the -wal file only when the last connection closes cleanly.
    expect(existsSync(join(dir, 'adsauth.db-wal'))).toBe(false);
  });

  it('stops at once on SIGINT when nothing is in flight', async () => {
    const dir = tempDir();
    const serve = await startServe({ env: liveEnv(dir), cwd: dir });
    serve.child.kill('SIGINT');
    const exit = await serve.exited;
    expect(exit.code).toBe(0);
    // Nothing held the stop open until the grace period cut it.
    expect(exit.stdout).not.toContain(CUT_WARNING);
  });
});

describe('serve on a port already in use', () => {
  it('says so in one line and exits 1', async () => {
    const dir = tempDir();
    const first = await startServe({ env: liveEnv(dir), cwd: dir });
    const port = new URL(first.url).port;
    const second = await runCli(['serve'], { cwd: dir, env: liveEnv(dir, { PORT: port }) });
    expect([second.code, second.stderr]).toEqual([
      1,
      `adsauth: 127.0.0.1:${port} is already in use; set PORT to another port (0 picks a free one)\n`,
    ]);
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
  });
});
