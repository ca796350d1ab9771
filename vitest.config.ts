import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Test files that change module state other files rely on (error-channels adds fields to the Pothos builder). */
const CHANGES_SHARED_MODULES = ['test/integration/error-channels.test.ts'];

export default defineConfig({
  // graphql ships CJS (main) and ESM (module) without an exports map: Node, which loads Pothos and
  // yoga, picks the CJS build, and Vite would pick the ESM one for our code. One copy, or
  // "Cannot use GraphQLObjectType from another module or realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    // Builds dist/ once per run, so spawned CLI processes run the bundle with plain node; migrates the
    // database file that test apps copy.
    globalSetup: ['test/helpers/build-cli.ts', 'test/helpers/database-template.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // vitest's default is one worker fewer than the cores: on 2 cores, one file at a time. Many tests
    // wait on child processes and servers, so two workers finish in 0.7 of the time (vitest on the
    // shared 2-core machine: 1 worker 134 s, 2 workers 95 s, 3 workers 81 s but 15 % more CPU).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      // Each worker imports the app's modules once for all the files it runs, instead of once per file:
      // that import was two thirds of the suite's CPU. Every test builds its own app, database and
      // sandbox (test/helpers/test-app.ts), so the files share nothing else.
      { extends: true, test: { name: 'shared-modules', isolate: false, include: ['test/**/*.test.ts'], exclude: CHANGES_SHARED_MODULES } },
      { extends: true, test: { name: 'isolated', isolate: true, include: CHANGES_SHARED_MODULES } },
    ],
  },
});
