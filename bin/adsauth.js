#!/usr/bin/env node
// The adsauth command: runs the built CLI (dist/cli.js) with plain node, in this same process, so
// SIGTERM and SIGINT reach the gateway itself. When src/ or db/ is newer than the build (or there is
// none yet, as on a fresh clone), it builds first: `npm run build` does the same on demand.
import { existsSync } from 'node:fs';
import { BUILT_CLI, build, isStale } from '../scripts/build.js';

if (isStale()) {
  process.stderr.write('adsauth: the sources are newer than dist/; building first (npm run build)\n');
  try {
    await build();
  } catch (error) {
    // An install without dev dependencies has no esbuild: the build already there is what runs.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !existsSync(BUILT_CLI)) {
      process.stderr.write(`adsauth: the build failed: ${error?.message ?? String(error)}\n`);
      process.exit(1);
    }
    process.stderr.write('adsauth: esbuild is not installed; running the existing dist/cli.js\n');
  }
}
await import('../dist/cli.js');
