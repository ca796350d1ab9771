// A run's walk through the authorizations: reads the next window after its keyset cursor, and records
// a window done (its rows' marks, then the cursor and the counts). Both in slices, each in a turn of
// the event loop of its own: a window is hundreds of rows, and reading or writing them in one go would
// hold up every request the process serves for as long.
import type { AuthorizationRow } from '../../repositories/authorizations.ts';
import type { SweepRunRepository, SweepScope } from '../../repositories/sweep-runs.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import { nextTurn } from './sweep-pool.ts';

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
     * Every stage of the window is done: its rows carry the run's mark, then the cursor moves past them
     * and the counts are added. A crash before the cursor moved makes the next run redo the window.
     */
    async complete(runId: string, rows: readonly AuthorizationRow[], counts: { changed: number; failed: number }): Promise<void> {
      for (let from = 0; from < rows.length; from += ROWS_PER_TURN) {
        await nextTurn();
        const ids = rows.slice(from, from + ROWS_PER_TURN).map((row) => row.id);
        deps.transaction(() => runs.markVisited(runId, ids));
      }
      await nextTurn();
      deps.transaction(() => runs.completeWindow(runId, { lastId: rows.at(-1)!.id, checked: rows.length, ...counts }));
    },
  };
}

export type SweepCursor = ReturnType<typeof createSweepCursor>;
