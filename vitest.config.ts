import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships CJS (main) and ESM (module) without an exports map: Node, which loads Pothos and
  // yoga, picks the CJS build, and Vite would pick the ESM one for our code. One copy, or
  // "Cannot use GraphQLObjectType from another module or realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ once per run, so spawned CLI processes run the bundle with plain node.
    globalSetup: ['test/helpers/build-cli.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
