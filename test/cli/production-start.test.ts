import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveEnv, ROOT, startServe, tempDir } from '../helpers/spawn.ts';

/** The processes whose parent is `pid` (Linux /proc), with their command lines. */
function childrenOf(pid: number): { pid: number; command: string }[] {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== pid) continue;
      found.push({ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim() });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// What the README tells people to run. Both may build first when src/ changed since the last build,
// which can take seconds on a busy machine: hence the long bounds.
describe('the documented ways to run the gateway stop gracefully on SIGTERM', () => {
  it('node bin/adsauth.js serve: exit 0 after "adsauth stopped"', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const serve = await startServe({
      command: [process.execPath, join(ROOT, 'bin/adsauth.js'), 'serve'],
      env: liveEnv(dir, { LOG_LEVEL: 'info' }),
      cwd: dir,
      timeoutMs: 45_000,
    });
    expect((await fetch(`${serve.url}/readyz`)).status).toBe(200);
    serve.child.kill('SIGTERM');
    const exit = await serve.exited;
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(exit.stdout).toContain('"msg":"adsauth stopped"');
  });

  it("npm start: the gateway is npm's own child, gets the signal, stops, and leaves no process behind", { timeout: 60_000 }, async () => {
    const dir = tempDir();
    // npm runs the script in the package directory; the database and everything else stay in dir.
    const serve = await startServe({ command: ['npm', 'start'], env: liveEnv(dir, { LOG_LEVEL: 'info' }), cwd: ROOT, timeoutMs: 45_000 });
    const [gateway, ...others] = childrenOf(serve.child.pid!);
    // No shell between npm and node: a shell would die of the signal and leave node running.
    expect(others).toEqual([]);
    expect(gateway!.command).toBe('node bin/adsauth.js serve');

    serve.child.kill('SIGTERM');
    const exit = await serve.exited;
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(exit.stdout).toContain('"msg":"adsauth stopped"');
    expect(isRunning(gateway!.pid)).toBe(false);
  });
});
