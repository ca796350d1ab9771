import type { Db } from '../../db/client.ts';

export type RunInTransaction = <T>(work: () => T) => T;

/**
 * better-sqlite3 runs on one synchronous connection, so repository calls made inside `work` take
 * part in the transaction. `work` must be synchronous and make no network calls: call Graph first,
 * then persist (drizzle-orm #1472: an async callback does not roll back).
 */
export function createTransactionRunner(db: Db): RunInTransaction {
  return (work) => db.transaction(() => work());
}
