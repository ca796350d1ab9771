import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, spawnCommand, tempDir, type Finished } from '../helpers/spawn.ts';

/** A checkout without dist/, as after a fresh clone, sharing this one's node_modules (or `nodeModules`). */
function freshCheckout(nodeModules = join(ROOT, 'node_modules')): string {
  const dir = tempDir();
  for (const path of ['src', 'db', 'bin', 'scripts', 'web', 'package.json', 'package-lock.json']) {
    // web/dist is the dashboard's build output, not a source.
    const notBuilt = (from: string) => !from.startsWith(join(ROOT, 'web/dist'));
    cpSync(join(ROOT, path), join(dir, path), { recursive: true, preserveTimestamps: true, filter: notBuilt });
  }
  symlinkSync(nodeModules, join(dir, 'node_modules'));
  return dir;
}

function adsauth(checkout: string, args: string[], env: Record<string, string> = {}): Promise<Finished> {
  const child = spawnCommand(process.execPath, [join(checkout, 'bin/adsauth.js'), ...args], { cwd: checkout, env });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** Makes a source newer than the checkout's build. */
function touchSource(checkout: string): void {
  const later = new Date(statSync(join(checkout, 'dist/.built')).mtimeMs + 1000);
  utimesSync(join(checkout, 'src/cli/serve.ts'), later, later);
}

const BUILDING = 'adsauth: the sources are newer than dist/; building first (npm run build)\n';

// A build takes a second or two idle and several seconds on a busy machine: hence the long bound.
describe('bin/adsauth.js runs the build, and builds when the sources are newer', { timeout: 90_000 }, () => {
  it('builds on the first run, not on the next, and again after a source changes; the build finds its migrations; a failed build stops', async () => {
    const checkout = freshCheckout();
    const first = await adsauth(checkout, ['--help']);
    expect([first.code, first.stderr]).toEqual([0, BUILDING]);
    expect(first.stdout).toMatch(/^adsauth: a GraphQL gateway/);
    expect(existsSync(join(checkout, 'dist/cli.js'))).toBe(true);

    const second = await adsauth(checkout, ['--help']);
    expect([second.code, second.stderr, second.stdout]).toEqual([0, '', first.stdout]);

    // db/client.ts finds db/migrations relative to itself; in the bundle that is dist/migrations.
    const database = join(tempDir(), 'adsauth.db');
    const migrations = readdirSync(join(ROOT, 'db/migrations')).filter((name) => name.endsWith('.sql')).length;
    const migrate = await adsauth(checkout, ['migrate'], { ADSAUTH_DATABASE: database });
    expect([migrate.code, migrate.stderr, migrate.stdout]).toEqual([
      0,
      '',
      `${database}: ${migrations} migration(s) applied, schema is up to date\n`,
    ]);

    // npm rewrites the lockfile, unchanged, on every install or prune: that is no reason to build.
    writeFileSync(join(checkout, 'package-lock.json'), readFileSync(join(checkout, 'package-lock.json')));
    expect((await adsauth(checkout, ['--help'])).stderr).toBe('');

    // A changed gateway source rebuilds the gateway only, not the dashboard.
    const dashboardBuiltAt = statSync(join(checkout, 'web/dist/index.html')).mtimeMs;
    touchSource(checkout);
    const third = await adsauth(checkout, ['--help']);
    expect([third.code, third.stderr]).toEqual([0, BUILDING]);
    expect(statSync(join(checkout, 'web/dist/index.html')).mtimeMs).toBe(dashboardBuiltAt);

    writeFileSync(join(checkout, 'src/cli/serve.ts'), 'export const serveCommand = {;\n');
    const broken = await adsauth(checkout, ['--help']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^adsauth: the sources are newer[^]*src\/cli\/serve\.ts[^]*adsauth: the build failed \(see above\)\n$/);
    expect(broken.stdout).toBe('');
  });

  it('without esbuild (an install without dev dependencies) runs the build it has, and says so', async () => {
    // node_modules without esbuild: every other package is linked in.
    const pruned = join(tempDir(), 'node_modules');
    mkdirSync(pruned);
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (name !== 'esbuild') symlinkSync(join(ROOT, 'node_modules', name), join(pruned, name));
    }
    const checkout = freshCheckout(pruned);
    // The builds this run made, as an image would hold them.
    cpSync(join(ROOT, 'dist'), join(checkout, 'dist'), { recursive: true, preserveTimestamps: true });
    cpSync(join(ROOT, 'web/dist'), join(checkout, 'web/dist'), { recursive: true, preserveTimestamps: true });
    touchSource(checkout);

    const result = await adsauth(checkout, ['--help']);
    expect(result.stderr).toBe(
      `${BUILDING}build: esbuild or vite is not installed (dev dependencies: npm ci installs them)\nadsauth: running the existing dist/cli.js\n`,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^adsauth: a GraphQL gateway/);
  });
});
