// The bench's world: a Graph sandbox with injected latency on the real clock, a fresh database file,
// the real app (createApp) pointed at the sandbox, and authorizations seeded straight through the
// repositories and the token cipher (not through thousands of GraphQL calls).
import { createBenchApp } from './bench-app.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/client.ts';
import { startSandbox } from '../src/sandbox/sandbox.ts';
import { randomUUID } from 'node:crypto';
import { authorizations } from '../db/schema.ts';
import { tokenColumns } from '../src/services/kernel/sealed-tokens.ts';

export async function setUpBench(options: { latencyMs: number; concurrency: number }) {
  const sandbox = await startSandbox({ seed: 'empty' });
  const dir = mkdtempSync(join(tmpdir(), 'adsauth-bench-'));
  const database = openDatabase(join(dir, 'adsauth.db'));
  const app = createBenchApp({ sandbox, database, env: { ADSAUTH_SWEEP_CONCURRENCY: String(options.concurrency) } });
  sandbox.world.setFaults({ latencyMs: options.latencyMs });

  /** An API key of a workspace of its own (created if new); returns the key and the workspace id. */
  function workspace(name: string): { apiKey: string; workspaceId: string } {
    const created = app.services.apiKeys.create({ workspaceName: name, name: 'bench', role: 'VIEWER' });
    return { apiKey: created.secret, workspaceId: created.workspace.id };
  }

  /**
   * `count` sandbox users, each with a token (ads scopes, no ad account: one page each), stored as VALID
   * authorizations of the workspace: multi-row inserts of 500, all in one transaction.
   */
  function seedWorkspace(workspaceId: string, count: number): void {
    const now = new Date();
    const scopes = ['ads_management', 'ads_read'];
    const rows = Array.from({ length: count }, (_, i) => {
      const userId = sandbox.world.createUser({ name: `Bench user ${i}` }).id;
      const info = sandbox.world.createToken({ type: 'USER', userId, scopes });
      const id = randomUUID();
      return {
        id,
        workspaceId,
        label: `Bench ${i}`,
        method: 'FACEBOOK_USER' as const,
        facebookUserId: userId,
        ...tokenColumns(app.kernel.cipher, id, info.accessToken),
        state: 'VALID' as const,
        tokenType: info.type,
        scopes,
        expiresAt: info.expiresAt === 0 ? null : new Date(info.expiresAt * 1000),
        dataAccessExpiresAt: info.dataAccessExpiresAt === 0 ? null : new Date(info.dataAccessExpiresAt * 1000),
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

  /** Wall time, CPU time of this process (gateway and sandbox share it) and the Graph requests of `work`. */
  async function measure<T>(work: () => Promise<T>) {
    const before = sandbox.world.counters();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = await work();
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const after = sandbox.world.counters();
    const byEndpoint = Object.fromEntries(
      Object.entries(after.byEndpoint)
        .map(([endpoint, n]) => [endpoint, n - (before.byEndpoint[endpoint] ?? 0)] as const)
        .filter(([, n]) => n > 0),
    );
    return { result, wallMs, cpuMs: (used.user + used.system) / 1000, httpRequests: after.httpRequests - before.httpRequests, byEndpoint };
  }

  async function close() {
    database.close();
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }

  return { app, sandbox, database, workspace, seedWorkspace, measure, close };
}

export type Bench = Awaited<ReturnType<typeof setUpBench>>;
