// `serve` and `adsauth sweep` are separate processes on one SQLite file. Every write transaction
// opens BEGIN IMMEDIATE, so when both write at once one waits (busy_timeout) instead of failing
// with SQLITE_BUSY. Both processes run the built CLI against the Graph sandbox.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { systemClock } from '../../src/clock.ts';
import { createApiKeyRepository } from '../../src/repositories/api-keys.ts';
import { createTransactionRunner } from '../../src/repositories/transaction.ts';
import { createWorkspaceRepository } from '../../src/repositories/workspaces.ts';
import { createApiKeyService } from '../../src/services/api-keys/api-keys.ts';
import { AuthorizationsQuery, UpdateAuthorization } from '../authorizations/documents.ts';
import { gql, gqlResponse } from '../helpers/gql.ts';
import { runCli, startServe, tempDir } from '../helpers/spawn.ts';
import { setupLiveSweep } from '../sweep/live-support.ts';

const LOCK_ERRORS = /SQLITE_BUSY|database is locked/i;
const SWEPT = 200;
const WRITE_LOOPS = 4;
const IDS_PER_LOOP = 5;

describe('a database file shared by serve and adsauth sweep', () => {
  it('takes the write lock when a transaction begins, before its first statement', () => {
    const file = `${tempDir()}/adsauth.db`;
    const handle = openDatabase(file);
    const other = new Database(file);
    try {
      other.pragma('busy_timeout = 0');
      const beginElsewhere = () => other.prepare('begin immediate').run();
      // A deferred transaction would hold no lock until it writes, and the other connection's
      // BEGIN IMMEDIATE would succeed here.
      expect(() => createTransactionRunner(handle.db)(beginElsewhere)).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
      // Once committed, the lock is free again.
      beginElsewhere();
      other.prepare('rollback').run();
    } finally {
      other.close();
      handle.close();
    }
  });

  // Two spawned processes and a sandbox: a generous bound, not a speed requirement.
  it(
    'serve keeps accepting label changes during a whole sweep: no SQLITE_BUSY, every write lands, the sweep exits 0',
    { timeout: 300_000 },
    async () => {
      const live = await setupLiveSweep({ count: SWEPT });
      const apiKey = createApiKeyService({
        apiKeys: createApiKeyRepository(live.database.db),
        workspaces: createWorkspaceRepository(live.database.db),
        clock: systemClock,
      }).create({ workspaceName: 'Acme', name: 'write loop', role: 'EDITOR' }).secret;
      // ADSAUTH_SWEEP_INTERVAL=0: serve does not sweep on its own, the CLI sweep is the only one.
      const serve = await startServe({
        env: { ...live.env, PORT: '0', LOG_LEVEL: 'info', ADSAUTH_SWEEP_INTERVAL: '0' },
        cwd: live.dir,
        timeoutMs: 60_000,
      });
      const page = await gql(serve.url, AuthorizationsQuery, { first: WRITE_LOOPS * IDS_PER_LOOP }, { apiKey });
      const ids = page.authorizations.edges.map((e) => e.node.id);
      expect(ids).toHaveLength(WRITE_LOOPS * IDS_PER_LOOP);

      // Each loop owns its ids and changes their labels one request at a time until the sweep has
      // exited, so the last label it wrote for an id is the one the database must hold.
      const outcomes: string[] = [];
      const lastLabel = new Map<string, string>();
      let sweepExited = false;
      let firstWriteDone!: () => void;
      const firstWrite = new Promise<void>((resolve) => (firstWriteDone = resolve));
      async function writeLoop(loop: number): Promise<void> {
        const mine = ids.slice(loop * IDS_PER_LOOP, (loop + 1) * IDS_PER_LOOP);
        for (let n = 0; !sweepExited; n++) {
          const id = mine[n % mine.length]!;
          const label = `loop ${loop} write ${n}`;
          const { status, body } = await gqlResponse(serve.url, UpdateAuthorization, { input: { id, label } }, { apiKey });
          const typename = body.data?.updateAuthorization.__typename;
          outcomes.push(status === 200 && !body.errors && typename === 'AuthorizationPayload' ? 'ok' : JSON.stringify({ status, body }));
          lastLabel.set(id, label);
          firstWriteDone();
        }
      }
      const loops = Array.from({ length: WRITE_LOOPS }, (_, loop) => writeLoop(loop));
      await firstWrite;

      const sweep = await runCli(['sweep'], { env: { ...live.env, LOG_LEVEL: 'info' }, cwd: live.dir, timeoutMs: 180_000 }).finally(
        () => (sweepExited = true),
      );
      await Promise.all(loops);

      expect(sweep.code, sweep.stderr).toBe(0);
      expect(sweep.stdout).toMatch(new RegExp(`^Sweep finished: ${SWEPT} checked, \\d+ changed, 0 failed`));
      expect(sweep.stdout).toMatch(/Ad accounts resynced: \d+, failed: 0/);
      expect(outcomes.length).toBeGreaterThan(0);
      expect(outcomes.filter((o) => o !== 'ok')).toEqual([]);
      expect(sweep.stdout + sweep.stderr).not.toMatch(LOCK_ERRORS);
      expect(serve.stdout() + serve.stderr()).not.toMatch(LOCK_ERRORS);
      // The sweep's own writes to the same rows kept every label the API wrote.
      const labels = await gql(serve.url, AuthorizationsQuery, { first: 100, filter: { search: 'loop ' } }, { apiKey });
      expect(new Map(labels.authorizations.edges.map((e) => [e.node.id, e.node.label]))).toEqual(lastLabel);
    },
  );
});
