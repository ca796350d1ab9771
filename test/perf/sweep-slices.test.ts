// The API shares the sweep's event loop, so the sweep's work comes in small slices, each in a turn of
// the loop of its own: a request that arrives meanwhile waits for one slice, not for a whole window.
// A turn is counted by a setImmediate callback that schedules itself again: its count moves on once
// per iteration of the loop.
import { describe, expect, it } from 'vitest';
import { setupSweepTest } from '../sweep/support.ts';
import { secondApp } from './second-app.ts';

interface Transaction {
  turn: number;
  statements: string[];
}

async function sweepWatched(count: number) {
  const t = await setupSweepTest();
  t.seed({ count });
  let turn = 0;
  let counting = true;
  const tick = () => {
    turn++;
    if (counting) setImmediate(tick);
  };
  const transactions: Transaction[] = [];
  const reads: string[] = [];
  const watched = secondApp(t, {
    onStatement: (sql) => {
      if (sql === 'BEGIN IMMEDIATE') transactions.push({ turn, statements: [] });
      else if (sql === 'COMMIT') return;
      else if (transactions.at(-1)?.statements && !/^select/.test(sql)) transactions.at(-1)!.statements.push(sql);
      if (/^select .* from "authorizations" .*order by "authorizations"."id" asc limit/s.test(sql)) reads.push(sql);
    },
  });
  tick();
  const outcome = await watched.workers.sweep.run();
  counting = false;
  expect(outcome).toMatchObject({ status: 'FINISHED', checked: count, adAccountsSynced: count });
  return { transactions, reads };
}

const checks = (transactions: Transaction[]) =>
  transactions.filter((tx) => tx.statements.some((sql) => sql.startsWith('update "authorizations" set "state"')));
/** The statement of each transaction that marks rows visited. */
const marks = (transactions: Transaction[]) =>
  transactions.flatMap((tx) =>
    tx.statements.filter((sql) => sql.startsWith('update "authorizations" set "last_swept_run_id"')).map((sql) => ({ turn: tx.turn, sql })),
  );

describe('the sweep in slices', () => {
  it('reads and completes windows 100 rows at a time and stores check results 10 rows per transaction, each slice in a turn of the event loop of its own', async () => {
    // ADSAUTH_SWEEP_CONCURRENCY 4: windows of 200, four batch requests of 50 at once.
    const { transactions, reads } = await sweepWatched(250);

    // 200 rows (two reads), then 50 (one read that comes up short), then the empty read that ends the run.
    expect(reads.map((sql) => Number(/limit ([\d.]+)$/.exec(sql)![1]))).toEqual([100, 100, 100, 100]);
    const checked = checks(transactions);
    expect(checked.map((tx) => tx.statements.filter((sql) => sql.startsWith('update "authorizations"')).length)).toEqual(
      Array.from({ length: 25 }, () => 10),
    );
    expect(new Set(checked.map((tx) => tx.turn)).size).toBe(checked.length);
    const marked = marks(transactions);
    // The run's id, then the rows' ids: each slice moves the cursor too, in the same transaction.
    expect(marked.map(({ sql }) => (sql.match(/'[^']*'/g) ?? []).length - 1)).toEqual([100, 100, 50]);
    expect(new Set(marked.map((tx) => tx.turn)).size).toBe(marked.length);
  });
});
