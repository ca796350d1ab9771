import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.ts';

// With the raw connection (`$client`), which drizzle() returns too: a hot read may prepare its own statement.
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface DatabaseHandle {
  db: Db;
  /** The raw connection, for pragmas and maintenance; queries go through `db`. */
  sqlite: Database.Database;
  file: string;
  /** Cheap liveness probe for /readyz. */
  ping(): boolean;
  close(): void;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens (creating if needed) the SQLite file, sets the pragmas and applies every pending migration. */
export function openDatabase(file: string, options: { migrate?: boolean } = {}): DatabaseHandle {
  if (file !== ':memory:') createPrivately(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // How long a write waits for another process's transaction (serve and `adsauth sweep` may share the
  // file); it works because write transactions begin IMMEDIATE (src/repositories/transaction.ts).
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = drizzle(sqlite, { schema });
  if (options.migrate !== false) migrateBesideOtherProcesses(db);
  return {
    db,
    sqlite,
    file,
    ping: () => {
      try {
        return sqlite.prepare('select 1 as ok').get() !== undefined;
      } catch {
        return false;
      }
    },
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}

/**
 * The file holds encrypted tokens and API-key hashes: only the owner may read it. SQLite gives the
 * -wal and -shm files the permissions of the database file, so creating it 0600 covers all three.
 */
function createPrivately(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
}

/**
 * drizzle's migrator reads which migrations were applied before it begins its transaction. When two
 * processes (serve and `adsauth sweep`, say) open a file with pending migrations at once, the second
 * to get the write lock applies them again and fails ("table already exists"). By then the first has
 * committed, so migrating once more finds its work done and applies only what is left; an error of
 * the migration itself fails the second time too.
 */
function migrateBesideOtherProcesses(db: Db): void {
  try {
    migrate(db, { migrationsFolder });
  } catch {
    migrate(db, { migrationsFolder });
  }
}

/** Applies pending migrations and reports how many were applied. */
export function migrateDatabase(file: string): { applied: number } {
  const handle = openDatabase(file, { migrate: false });
  try {
    const before = countApplied(handle);
    migrateBesideOtherProcesses(handle.db);
    return { applied: countApplied(handle) - before };
  } finally {
    handle.close();
  }
}

function countApplied(handle: DatabaseHandle): number {
  try {
    const row = handle.sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
    return row.n;
  } catch {
    return 0;
  }
}
