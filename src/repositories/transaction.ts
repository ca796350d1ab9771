import type { Db } from '../../db/client.ts';

export type RunInTransaction = <T>(work: () => T) => T;

/**
 * better-sqlite3 runs on one synchronous connection, so repository calls made inside `work` take
 * part in the transaction. `work` must be synchronous and make no network calls: call Graph first,
 * then persist (drizzle-orm #1472: an async callback does not roll back).
 *
 * Transactions open `BEGIN IMMEDIATE`: `serve` and `adsauth sweep` may share the file, and a
 * deferred transaction that reads first and then writes fails with SQLITE_BUSY at once when another
 * process wrote in between (busy_timeout cannot help: waiting would not make its snapshot current).
 * Taking the write lock up front makes the other process wait its turn within busy_timeout instead.
 */
export function createTransactionRunner(db: Db): RunInTransaction {
  return (work) => db.transaction(() => work(), { behavior: 'immediate' });
}
