#!/usr/bin/env node
// The adsauth command: runs the built CLI (dist/cli.js) with plain node, in this same process, so
// SIGTERM and SIGINT reach the gateway itself. When src/, db/ or the dashboard (web/) is newer than its build
// (or there is none yet, as on a fresh clone), it builds first: `npm run build` does the same on demand. The build
// runs in a child process, so a long-running gateway does not keep the bundler's memory.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILT_CLI, NO_ESBUILD_EXIT, isStale } from '../scripts/build.js';

if (isStale()) {
  process.stderr.write('adsauth: the sources are newer than dist/; building first (npm run build)\n');
  // --if-stale: only the stale part is built (a changed src/ file does not rebuild the dashboard too).
  const build = spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/build.js', import.meta.url)), '--if-stale'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // An install without dev dependencies has no esbuild: the build already there is what runs.
  if (build.status === NO_ESBUILD_EXIT && existsSync(BUILT_CLI)) {
    process.stderr.write('adsauth: running the existing dist/cli.js\n');
  } else if (build.status !== 0) {
    process.stderr.write('adsauth: the build failed (see above)\n');
    process.exit(1);
  }
}
await import('../dist/cli.js');
