import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnTs, CLI, startServe, tempDir } from '../helpers/spawn.ts';

function bannerField(stdout: string, label: string): string {
  const match = new RegExp(`^\\s+${label}:\\s+(\\S+)$`, 'm').exec(stdout);
  if (!match) throw new Error(`no "${label}:" line in\n${stdout}`);
  return match[1]!;
}

describe('serve in sandbox mode (no Facebook app configured)', () => {
  it('starts the embedded sandbox and prints a loud banner with the GraphiQL URL and a working API key', async () => {
    const dir = tempDir();
    const serve = await startServe({ cwd: dir, env: { PORT: '0' } });
    const stdout = serve.stdout();
    expect(stdout).toContain('SANDBOX MODE');
    const graphiql = bannerField(stdout, 'GraphiQL');
    const apiKey = bannerField(stdout, 'API key');
    expect(graphiql).toBe(`${serve.url}/graphql`);

    const answer = await fetch(graphiql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ query: '{ viewer { role workspace { name } } }' }),
    });
    expect(await answer.json()).toEqual({ data: { viewer: { role: 'ADMIN', workspace: { name: 'Sandbox' } } } });

    // GraphiQL opens with the key already in its request headers.
    const page = await (await fetch(graphiql, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('<title>adsauth (sandbox)</title>');
    expect(page).toContain(`Bearer ${apiKey}`);
    // Its assets are inlined: it works on a machine without internet.
    expect(page).not.toMatch(/<script[^>]+src=["']?https?:/);
    expect(page).not.toContain('unpkg.com');

    // The sandbox it points at is up, with the demo world seeded.
    const sandboxUrl = /local Graph sandbox at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)![1]!;
    const world = (await (await fetch(`${sandboxUrl}/__sandbox/world`)).json()) as { users: unknown[]; adAccounts: unknown[] };
    expect(world.users.length).toBeGreaterThanOrEqual(2);
    expect(world.adAccounts.length).toBeGreaterThanOrEqual(25);

    // Meta's callbacks are wired to this gateway, as a Meta-app admin would set them: the sandbox's
    // removal of the app for a person reaches the deauthorize callback, signed.
    const snapshot = (await (await fetch(`${sandboxUrl}/__sandbox/world`)).json()) as {
      app: { deauthorizeCallbackUrl: string; dataDeletionCallbackUrl: string };
      users: { id: string }[];
    };
    expect(snapshot.app).toMatchObject({
      deauthorizeCallbackUrl: `${serve.url}/oauth/facebook/deauthorize`,
      dataDeletionCallbackUrl: `${serve.url}/oauth/facebook/data-deletion`,
    });
    const removal = await fetch(`${sandboxUrl}/__sandbox/users/${snapshot.users[0]!.id}/remove-app`, { method: 'POST' });
    expect(((await removal.json()) as { delivery: { status: number } }).delivery.status).toBe(200);
    // And the business integration webhooks are subscribed to its endpoint (the sandbox checked it first).
    const subscriptions = (await (await fetch(`${sandboxUrl}/__sandbox/subscriptions`)).json()) as unknown[];
    expect(subscriptions).toEqual([
      expect.objectContaining({
        object: 'application',
        callbackUrl: `${serve.url}/webhooks/facebook`,
        fields: expect.arrayContaining(['business_integration_install', 'business_integration_uninstall', 'business_integration_update']),
      }),
    ]);

    // The key is kept beside the database, readable by its owner only, and reused after a restart.
    const keyFile = join(dir, 'data', 'sandbox-api-key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    serve.child.kill('SIGTERM');
    expect((await serve.exited).code).toBe(0);
    const again = await startServe({ cwd: dir, env: { PORT: '0' } });
    expect(bannerField(again.stdout(), 'API key')).toBe(apiKey);
    again.child.kill('SIGTERM');
    expect((await again.exited).code).toBe(0);
    expect(existsSync(join(dir, 'data', 'adsauth.db-wal'))).toBe(false);
  });
});

describe('adsauth sandbox', () => {
  it('serves Graph and the control API on loopback until SIGTERM', async () => {
    const child = spawnTs(CLI, ['sandbox', '--port', '0', '--empty']);
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', () => {
        if (/listening on (http:\S+)/.test(stdout)) resolve();
      });
      void exited.then(() => reject(new Error(stdout)));
    });
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)![1]!;
    const world = (await (await fetch(`${url}/__sandbox/world`)).json()) as { users: unknown[] };
    expect(world.users).toEqual([]);
    const graph = await fetch(`${url}/v26.0/me`);
    expect(graph.status).toBe(400);
    expect(((await graph.json()) as { error: { type: string } }).error.type).toBe('OAuthException');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
