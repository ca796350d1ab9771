// vitest's global setup: brings dist/ up to date once, before any test file runs, and tells the
// workers where the built CLI is (test/helpers/spawn.ts runs it with plain node). Spawning
// `node dist/cli.js` costs a fraction of the CPU that tsx needs to transpile src/ at every spawn,
// which is what kept CLI and sweep tests near their timeouts on a busy machine.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    builtCli: string;
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default function buildCli(project: TestProject): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.js'), '--if-stale'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  project.provide('builtCli', join(ROOT, 'dist/cli.js'));
}
