// The bench's world: a Graph sandbox with injected latency on the real clock, in a process of its own
// (sweep-sandbox.ts), a fresh database file, the real app (createApp) pointed at that sandbox, and
// authorizations seeded straight through the repositories and the token cipher (not through
// thousands of GraphQL calls).
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/client.ts';
import { authorizations } from '../db/schema.ts';
import type { SandboxApp, SandboxCounters, ThrottleSettings } from '../src/sandbox/types.ts';
import { tokenColumns } from '../src/services/kernel/sealed-tokens.ts';
import { createBenchApp } from './bench-app.ts';
import type { MintedToken, SandboxRequest } from './sweep-sandbox.ts';

/** Forks the sandbox process and waits until it listens; `ask` sends one request and resolves with its answer. */
async function forkSandbox() {
  const child = fork(new URL('./sweep-sandbox.ts', import.meta.url), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const nextMessage = () =>
    new Promise<unknown>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the sandbox process exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (message) => {
        child.off('exit', onExit);
        resolve(message);
      });
    });
  const started = (await nextMessage()) as { url: string; app: SandboxApp };
  let queue: Promise<unknown> = Promise.resolve();
  function ask(request: SandboxRequest): Promise<unknown> {
    const answer = queue.then(() => {
      const message = nextMessage();
      child.send(request);
      return message;
    });
    queue = answer.catch(() => undefined);
    return answer;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  /** Closes the sandbox's server; the process then ends. */
  async function stop() {
    await queue;
    child.send({ op: 'close' } satisfies SandboxRequest);
    await exited;
  }
  return { url: started.url, world: { app: started.app }, ask, stop };
}

export async function setUpBench(options: { latencyMs: number; concurrency: number }) {
  const sandbox = await forkSandbox();
  const dir = mkdtempSync(join(tmpdir(), 'adsauth-bench-'));
  const database = openDatabase(join(dir, 'adsauth.db'));
  const app = createBenchApp({ sandbox, database, env: { ADSAUTH_SWEEP_CONCURRENCY: String(options.concurrency) } });
  await sandbox.ask({ op: 'faults', patch: { latencyMs: options.latencyMs } });

  /** An API key of a workspace of its own (created if new); returns the key and the workspace id. */
  function workspace(name: string): { apiKey: string; workspaceId: string } {
    const created = app.services.apiKeys.create({ workspaceName: name, name: 'bench', role: 'VIEWER' });
    return { apiKey: created.secret, workspaceId: created.workspace.id };
  }

  /**
   * `count` sandbox users, each with a token (ads scopes, no ad account: one page each), stored as VALID
   * authorizations of the workspace: multi-row inserts of 500, all in one transaction.
   */
  async function seedWorkspace(workspaceId: string, count: number): Promise<void> {
    const now = new Date();
    const scopes = ['ads_management', 'ads_read'];
    const minted = (await sandbox.ask({ op: 'mint', count, scopes })) as MintedToken[];
    const rows = minted.map((token, i) => {
      const id = randomUUID();
      return {
        id,
        workspaceId,
        label: `Bench ${i}`,
        method: 'FACEBOOK_USER' as const,
        facebookUserId: token.userId,
        ...tokenColumns(app.kernel.cipher, id, token.accessToken),
        state: 'VALID' as const,
        tokenType: token.type,
        scopes,
        expiresAt: token.expiresAt === 0 ? null : new Date(token.expiresAt * 1000),
        dataAccessExpiresAt: token.dataAccessExpiresAt === 0 ? null : new Date(token.dataAccessExpiresAt * 1000),
        checkedAt: now,
        createdAt: now,
        updatedAt: now,
      };
    });
    database.sqlite.transaction(() => {
      for (let i = 0; i < rows.length; i += 500)
        database.db
          .insert(authorizations)
          .values(rows.slice(i, i + 500))
          .run();
    })();
  }

  const sandboxCounters = async () => (await sandbox.ask({ op: 'counters' })) as SandboxCounters & { cpu: NodeJS.CpuUsage };
  const cpuMs = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1000;

  /** Wall time, CPU time of this process (the gateway) and of the sandbox's, and the Graph requests of `work`. */
  async function measure<T>(work: () => Promise<T>) {
    const before = await sandboxCounters();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = await work();
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const after = await sandboxCounters();
    const byEndpoint = Object.fromEntries(
      Object.entries(after.byEndpoint)
        .map(([endpoint, n]) => [endpoint, n - (before.byEndpoint[endpoint] ?? 0)] as const)
        .filter(([, n]) => n > 0),
    );
    return {
      result,
      wallMs,
      cpuMs: cpuMs(used),
      sandboxCpuMs: cpuMs(after.cpu) - cpuMs(before.cpu),
      httpRequests: after.httpRequests - before.httpRequests,
      byEndpoint,
    };
  }

  async function close() {
    database.close();
    await sandbox.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  return {
    app,
    database,
    workspace,
    seedWorkspace,
    measure,
    setThrottle: (patch: Partial<ThrottleSettings>) => sandbox.ask({ op: 'throttle', patch }),
    close,
  };
}

export type Bench = Awaited<ReturnType<typeof setUpBench>>;
