// npm run measure:start [-- --runs N]
// Starts `npm start` (sandbox mode) N times in a fresh data directory each, and reports the time
// from spawn to the first 200 from /readyz, and the peak resident memory (VmHWM, Linux /proc) of the
// gateway process and of the whole process tree (npm, sh, tsx, node) after 20 GraphQL requests.
// The CPU seconds the tree used until ready are printed too: unlike the wall time, they hardly
// change when other work shares the machine.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);

function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) for (const [pid, ppid] of parents) if (ppid === found[i]) found.push(pid);
  return found;
}

/** user + system CPU seconds of a process (Linux clock ticks are 1/100 s). */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function peakKb(pid: number): { kb: number; command: string } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    return { kb: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0), command };
  } catch {
    return { kb: 0, command: '' };
  }
}

async function measureOnce(): Promise<{ readyMs: number; cpuS: number; gatewayMb: number; treeMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'adsauth-measure-'));
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ADSAUTH_DATABASE: join(dir, 'adsauth.db'), PORT: '0', LOG_LEVEL: 'warn' },
  });
  try {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    let url: string | undefined;
    let readyMs: number | undefined;
    while (readyMs === undefined) {
      if (child.exitCode !== null) throw new Error(`npm start exited early:\n${stdout}`);
      if (performance.now() - started > 60_000) throw new Error('not ready within 60 s');
      url ??= /GraphiQL:\s+(http:\/\/\S+)\/graphql/.exec(stdout)?.[1];
      if (url && (await fetch(`${url}/readyz`).then((r) => r.status, () => 0)) === 200) readyMs = performance.now() - started;
      else await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const cpuS = descendants(child.pid!).reduce((sum, pid) => sum + cpuSeconds(pid), 0);
    const apiKey = /API key:\s+(\S+)/.exec(stdout)![1]!;
    for (let i = 0; i < 20; i++) {
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ query: '{ viewer { role workspace { id name } } }' }),
      }).then((r) => r.text());
    }
    const peaks = descendants(child.pid!).map(peakKb);
    const gateway = peaks.filter((p) => p.command.includes('src/cli.ts')).sort((a, b) => b.kb - a.kb)[0]!;
    return { readyMs, cpuS, gatewayMb: gateway.kb / 1024, treeMb: peaks.reduce((sum, p) => sum + p.kb, 0) / 1024 };
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((resolve) => child.once('close', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = [];
for (let run = 1; run <= runs; run++) {
  const result = await measureOnce();
  results.push(result);
  console.log(`run ${run}: ready in ${result.readyMs.toFixed(0)} ms (${result.cpuS.toFixed(2)} CPU s); peak RSS gateway ${result.gatewayMb.toFixed(1)} MB, whole tree ${result.treeMb.toFixed(1)} MB`);
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `median of ${runs}: ready in ${median(results.map((r) => r.readyMs)).toFixed(0)} ms ` +
    `(${median(results.map((r) => r.cpuS)).toFixed(2)} CPU s); ` +
    `peak RSS gateway ${median(results.map((r) => r.gatewayMb)).toFixed(1)} MB, whole tree ${median(results.map((r) => r.treeMb)).toFixed(1)} MB`,
);
