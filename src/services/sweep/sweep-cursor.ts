// A run's walk through the authorizations: reads the next window after its keyset cursor, and records
// a window done (its rows' marks, the cursor and the counts). Both in slices, each in a turn of the
// event loop of its own: a window is hundreds of rows, and reading or writing them in one go would
// hold up every request the process serves for as long.
import type { AuthorizationRow } from '../../repositories/authorizations.ts';
import type { SweepRunRepository, SweepScope } from '../../repositories/sweep-runs.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import { nextTurn } from './sweep-pool.ts';
import type { WindowOutcome } from './sweep-window.ts';

/** Rows read, or marked, per turn of the event loop. */
const ROWS_PER_TURN = 100;

export function createSweepCursor(deps: { runs: SweepRunRepository; transaction: RunInTransaction }) {
  const { runs } = deps;
  return {
    /** Up to `size` authorizations of the scope after `cursor` (null: from the start), in id order. */
    async next(cursor: string | null, scope: SweepScope, size: number): Promise<AuthorizationRow[]> {
      const rows: AuthorizationRow[] = [];
      for (;;) {
        const wanted = Math.min(ROWS_PER_TURN, size - rows.length);
        const page = runs.after(rows.at(-1)?.id ?? cursor, scope, wanted);
        rows.push(...page);
        if (page.length < wanted || rows.length === size) return rows;
        await nextTurn();
      }
    },

    /**
     * Every stage of the window is done: the run moves past it a slice at a time, each slice's marks,
     * counts and cursor in one transaction. A crash in between makes the next run redo the rest.
     */
    async complete(runId: string, rows: readonly AuthorizationRow[], outcome: Pick<WindowOutcome, 'changed' | 'failed'>): Promise<void> {
      for (let from = 0; from < rows.length; from += ROWS_PER_TURN) {
        await nextTurn();
        const ids = rows.slice(from, from + ROWS_PER_TURN).map((row) => row.id);
        const counted = (set: ReadonlySet<string>) => ids.filter((id) => set.has(id)).length;
        deps.transaction(() =>
          runs.completeWindow(runId, {
            lastId: ids.at(-1)!,
            ids,
            checked: ids.length,
            changed: counted(outcome.changed),
            failed: counted(outcome.failed),
          }),
        );
      }
    },
  };
}

export type SweepCursor = ReturnType<typeof createSweepCursor>;
