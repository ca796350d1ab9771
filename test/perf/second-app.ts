import { openDatabase } from '../../db/client.ts';
import { createApp } from '../../src/app.ts';
import { fixedClock, type Clock } from '../../src/clock.ts';
import { onTestFinished } from 'vitest';
import { captureLog } from '../helpers/captured-log.ts';
import { TEST_NOW, type TestApp } from '../helpers/test-app.ts';

/**
 * A second gateway over the first one's SQLite file, with its own connection, caches and clock: what
 * a second process (another `serve`, or the CLI) sees of the same database.
 */
export function secondApp(first: TestApp, clock: Clock = fixedClock(TEST_NOW)) {
  const database = openDatabase(first.databaseFile);
  const app = createApp({
    database,
    clock,
    config: first.config,
    facebook: first.facebook,
    log: captureLog('warn').log,
    fetch: globalThis.fetch,
  });
  onTestFinished(() => database.close());
  return app;
}
