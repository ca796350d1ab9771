import { describe, expect, it, vi } from 'vitest';
import { liveEnv, runCli, startServe, tempDir } from '../helpers/spawn.ts';

const viewerQuery = JSON.stringify({ query: '{ viewer { role apiKeyName workspace { name } } }' });

function ask(url: string, apiKey: string) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: viewerQuery,
  });
}

describe('adsauth api-keys', () => {
  it('create → use over HTTP → list → revoke → 401', async () => {
    const dir = tempDir();
    const env = liveEnv(dir);
    const created = await runCli(['api-keys', 'create', '--workspace', 'Acme', '--name', 'dashboard', '--role', 'VIEWER'], {
      cwd: dir,
      env,
    });
    expect([created.code, created.stderr]).toEqual([0, '']);
    const [summary, , secret] = created.stdout.trim().split('\n');
    const id = /\(id ([0-9a-f-]{36})\)/.exec(summary!)![1]!;
    expect(summary).toBe(`Created VIEWER key "dashboard" (id ${id}) in workspace "Acme".`);
    expect(secret).toMatch(/^adsk_[A-Za-z0-9_-]{43}$/);

    const serve = await startServe({ cwd: dir, env });
    const before = await ask(serve.url, secret!);
    expect(before.status).toBe(200);
    expect(await before.json()).toEqual({ data: { viewer: { role: 'VIEWER', apiKeyName: 'dashboard', workspace: { name: 'Acme' } } } });

    const listed = await runCli(['api-keys', 'list', '--workspace', 'Acme'], { cwd: dir, env });
    expect(listed.stdout).toMatch(new RegExp(`^${id}  ${secret!.slice(0, 11)}…  VIEWER  Acme / dashboard  active$`, 'm'));
    expect(listed.stdout).not.toContain(secret);

    const revoked = await runCli(['api-keys', 'revoke', id], { cwd: dir, env });
    expect([revoked.code, revoked.stdout]).toEqual([0, `Revoked API key ${id}.\n`]);
    // serve trusts a valid key it has seen for up to 1 s (test/perf/api-key-cache.test.ts pins that
    // bound on the clock); a key revoked by another process is refused once that has passed.
    let after = await ask(serve.url, secret!);
    await vi.waitFor(
      async () => {
        after = await ask(serve.url, secret!);
        expect(after.status).toBe(401);
      },
      { timeout: 15_000, interval: 100 },
    );
    expect((await after.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const again = await runCli(['api-keys', 'revoke', id], { cwd: dir, env });
    expect([again.code, again.stderr]).toEqual([2, `adsauth: no active API key with id ${id}\n`]);
    serve.child.kill('SIGTERM');
    expect((await serve.exited).code).toBe(0);
  });

  it('creates an OPERATOR key, the only role that may change the app-wide account list', async () => {
    const dir = tempDir();
    const env = liveEnv(dir);
    const created = await runCli(['api-keys', 'create', '--workspace', 'Ops', '--name', 'platform', '--role', 'OPERATOR'], {
      cwd: dir,
      env,
    });
    expect([created.code, created.stderr]).toEqual([0, '']);
    const secret = created.stdout.trim().split('\n')[2]!;
    const admin = await runCli(['api-keys', 'create', '--workspace', 'Acme', '--name', 'tenant', '--role', 'ADMIN'], { cwd: dir, env });
    const adminSecret = admin.stdout.trim().split('\n')[2]!;

    const serve = await startServe({ cwd: dir, env });
    const addAccount = (apiKey: string) =>
      fetch(`${serve.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ query: 'mutation { addToAccountList(input: { accountId: "123" }) { __typename } }' }),
      }).then((response) => response.json());
    expect(await (await ask(serve.url, secret)).json()).toMatchObject({ data: { viewer: { role: 'OPERATOR' } } });
    expect(await addAccount(adminSecret)).toMatchObject({ data: null, errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    expect(await addAccount(secret)).toEqual({ data: { addToAccountList: { __typename: 'AddToAccountListPayload' } } });
    serve.child.kill('SIGTERM');
    expect((await serve.exited).code).toBe(0);
  });

  it.each([
    [['create', '--name', 'x'], 'adsauth: --workspace is required\n'],
    [
      ['create', '--workspace', 'Acme', '--name', 'x', '--role', 'OWNER'],
      'adsauth: --role must be one of VIEWER, EDITOR, ADMIN, OPERATOR\n',
    ],
    [['list', '--workspace', 'Nobody'], 'adsauth: no workspace named "Nobody"\n'],
    [['rotate'], 'adsauth: api-keys needs one of: create, list, revoke\n'],
  ])('api-keys %j is a usage error', async (args, message) => {
    const dir = tempDir();
    const result = await runCli(['api-keys', ...args], { cwd: dir, env: liveEnv(dir) });
    expect([result.code, result.stderr]).toEqual([2, message]);
  });
});

describe('adsauth migrate', () => {
  it('applies every migration once, then reports none pending', async () => {
    const dir = tempDir();
    const env = liveEnv(dir);
    const first = await runCli(['migrate'], { cwd: dir, env });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/: [1-9]\d* migration\(s\) applied, schema is up to date\n$/);
    const second = await runCli(['migrate'], { cwd: dir, env });
    expect(second.stdout).toMatch(/: 0 migration\(s\) applied/);
  });
});
