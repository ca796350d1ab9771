// The sweep reads its windows by keyset (the authorizations after the run's cursor, in id order), so
// each window costs the same at any table size. That holds only while the read is one index range:
// a sort of the workspace's rows (a temp b-tree) would make every window cost as much as the workspace.
import { describe, expect, it } from 'vitest';
import { setupSweepTest } from '../sweep/support.ts';
import { secondApp } from './second-app.ts';

async function windowReads(workspace: 'one' | 'every') {
  const t = await setupSweepTest();
  t.createApiKey({ workspace: 'Globex' });
  t.seed({ count: 3 });
  t.seed({ count: 2, workspaceId: t.services.workspaces.findByName('Globex')!.id });
  const statements: string[] = [];
  const watched = secondApp(t, { onStatement: (sql) => statements.push(sql) });

  const outcome = await watched.workers.sweep.run({ workspaceId: workspace === 'one' ? t.workspaceId : null });

  expect(outcome).toMatchObject({ status: 'FINISHED', checked: workspace === 'one' ? 3 : 5 });
  // The window reads: every column of the authorizations, in id order, a window's worth at a time.
  const reads = statements.filter((sql) =>
    /^select .* from "authorizations" .*order by "authorizations"."id" asc limit [\d.]+$/s.test(sql),
  );
  // The first window starts at the beginning; the next one after the cursor, and finds nothing left.
  expect(reads.map((sql) => sql.includes('"authorizations"."id" >'))).toEqual([false, true]);
  return reads.map((sql) => ({
    sql,
    plan: (t.database.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail),
  }));
}

describe('the query plan of the sweep', () => {
  it("a workspace's sweep reads each window as one range of authorizations_workspace_id_idx, with no sort", async () => {
    for (const { sql, plan } of await windowReads('one')) {
      expect({ sql, plan }).toEqual({
        sql,
        plan: [expect.stringMatching(/^(SCAN|SEARCH) authorizations USING INDEX authorizations_workspace_id_idx\b/)],
      });
    }
  });

  it('a sweep of every workspace reads each window as one range of the primary key, with no sort', async () => {
    for (const { sql, plan } of await windowReads('every')) {
      expect({ sql, plan }).toEqual({
        sql,
        plan: [expect.stringMatching(/^(SCAN|SEARCH) authorizations USING INDEX sqlite_autoindex_authorizations_1\b/)],
      });
    }
  });
});
