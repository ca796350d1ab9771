// vitest's global setup: migrates one database file per run, and test apps start from a copy of it.
// Copying a few hundred kilobytes costs a tenth of what running every migration on a new file does,
// and the suite opens a database for nearly every test. openDatabase still runs the migrator on the
// copy (finding nothing pending), as it does at every start.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../db/client.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: string | undefined;
  }
}

export default function migrateTemplate(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'adsauth-template-'));
  const file = join(dir, 'template.db');
  // Closing checkpoints the WAL into the file, so the one file is the whole database.
  openDatabase(file).close();
  project.provide('databaseTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}

/** Puts a migrated database at `file` (a path in a fresh directory), when the run has a template. */
export function copyDatabaseTemplate(file: string): void {
  const template = inject('databaseTemplate');
  if (template) copyFileSync(template, file);
}
