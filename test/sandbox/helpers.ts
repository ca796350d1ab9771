// Shared set-up for the sandbox suites: an empty sandbox on a movable clock, and a tiny Graph caller.
import { afterEach } from 'vitest';
import { startSandbox } from '../../src/sandbox/sandbox.ts';
import { appsecretProof } from '../../src/sandbox/tokens.ts';
import type { SandboxHandle, SandboxOptions } from '../../src/sandbox/types.ts';

export const T0 = Date.parse('2026-03-02T10:00:00Z');

export interface TestSandbox extends SandboxHandle {
  clock: { now: number; advance(ms: number): void };
  proof(token: string): string;
  /** GET/POST/DELETE a Graph path, e.g. `/v26.0/me`; `token` goes in the Authorization header with its proof */
  graph(path: string, init?: GraphCall): Promise<{ status: number; body: any; headers: Headers }>;
}

export interface GraphCall {
  method?: string;
  token?: string;
  /** defaults to the right proof for `token`; `null` sends none */
  proof?: string | null;
  form?: Record<string, string>;
  headers?: Record<string, string>;
}

const open: SandboxHandle[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((sandbox) => sandbox.close()));
});

export async function sandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const clock = {
    now: T0,
    advance(ms: number) {
      clock.now += ms;
    },
  };
  const handle = await startSandbox({ seed: 'empty', now: () => clock.now, ...options });
  open.push(handle);
  const proof = (token: string) => appsecretProof(handle.world.app.secret, token);
  const graph: TestSandbox['graph'] = async (path, init = {}) => {
    const url = new URL(handle.url + path);
    const form = new URLSearchParams(init.form);
    const headers: Record<string, string> = { ...init.headers };
    if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
    const proofValue = init.proof === undefined && init.token !== undefined ? proof(init.token) : init.proof;
    if (proofValue) (init.form ? form : url.searchParams).set('appsecret_proof', proofValue);
    const response = await fetch(url, { method: init.method ?? (init.form ? 'POST' : 'GET'), headers, body: init.form ? form : undefined });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (HTML pages, 500 faults of other shapes)
    }
    return { status: response.status, body, headers: response.headers };
  };
  return Object.assign(handle, { clock, proof, graph });
}

/** A user with accounts and a working USER token (all default scopes). */
export async function userWorld(options: SandboxOptions = {}) {
  const sb = await sandbox(options);
  const user = sb.world.createUser({ name: 'Jane Doe' });
  const token = sb.world.createToken({ type: 'USER', userId: user.id });
  return { sb, user, token: token.accessToken };
}

export const appToken = (sb: SandboxHandle) => `${sb.world.app.id}|${sb.world.app.secret}`;

/** A control API call (`/__sandbox/<path>`), JSON in and out. */
export async function control(url: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}/__sandbox/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}
