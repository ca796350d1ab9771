import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { onTestFinished } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { createApp } from '../../src/app.ts';
import { fixedClock, type Clock } from '../../src/clock.ts';
import { captureLog } from '../helpers/captured-log.ts';
import { TEST_NOW, type TestApp } from '../helpers/test-app.ts';

/**
 * A second gateway over the first one's SQLite file, with its own connection, caches and clock: what
 * a second process (another `serve`, or the CLI) sees of the same database. `onStatement` hears
 * every SQL statement its connection runs, with the values bound.
 */
export function secondApp(first: TestApp, options: { clock?: Clock; onStatement?: (sql: string) => void } = {}) {
  const database = options.onStatement ? watchedDatabase(first.databaseFile, options.onStatement) : openDatabase(first.databaseFile);
  const app = createApp({
    database,
    clock: options.clock ?? fixedClock(TEST_NOW),
    config: first.config,
    facebook: first.facebook,
    log: captureLog('warn').log,
    fetch: globalThis.fetch,
  });
  onTestFinished(() => database.close());
  return { ...app, database };
}

/** The file, already migrated by the first app, opened with better-sqlite3's statement hook. */
function watchedDatabase(file: string, onStatement: (sql: string) => void): DatabaseHandle {
  const sqlite = new Database(file, { verbose: (sql) => onStatement(String(sql)) });
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { db: drizzle(sqlite, { schema }), sqlite, file, ping: () => true, close: () => sqlite.close() };
}
