// npm run bench:start [-- --runs 7] [--json] [--gateway "node dist/cli.js serve"]
// Starts the built gateway in sandbox mode and a bare graphql-yoga `{ hello }` server the same way
// (plain node, fresh temp directory, PORT=0), interleaved, several times in one run. For each start it
// measures the time from spawn to the first 200 from /readyz (adsauth) or /healthz (yoga), the CPU
// seconds the process used until then, and its peak resident memory (VmHWM, Linux /proc) after 20
// GraphQL requests. It prints the medians, and the medians of each run's ratio to yoga's. The CPU
// seconds hardly change when other work shares the machine; the wall time does, which is why both
// servers take turns and the ratios pair the two starts of each run.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
    gateway: { type: 'string', default: `node ${join(ROOT, 'bin/adsauth.js')} serve` },
  },
});
const runs = Number(values.runs);

interface Target {
  name: string;
  command: string[];
  readyPath: string;
  /** The URL printed on stdout, and what to send 20 times once ready. */
  urlPattern: RegExp;
  request(stdout: string): { headers: Record<string, string>; query: string };
}

const gateway: Target = {
  name: 'adsauth',
  command: values.gateway.split(' '),
  readyPath: '/readyz',
  urlPattern: /GraphiQL:\s+(http:\/\/\S+)\/graphql/,
  request: (stdout) => ({
    headers: { authorization: `Bearer ${/API key:\s+(\S+)/.exec(stdout)![1]}` },
    query: '{ viewer { role workspace { id name } } }',
  }),
};

const yogaHello: Target = {
  name: 'yoga hello',
  command: ['node', join(ROOT, 'scripts/yoga-hello.js')],
  readyPath: '/healthz',
  urlPattern: /listening on (http:\/\/\S+)\/graphql/,
  request: () => ({ headers: {}, query: '{ hello }' }),
};

interface Sample {
  readyMs: number;
  cpuS: number;
  peakMb: number;
}

/** The process and its descendants (a wrapper such as npm would otherwise hide the real server). */
function processTree(root: number): number[] {
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

/** user + system CPU seconds (Linux clock ticks are 1/100 s). */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function peakMb(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

async function measureOnce(target: Target): Promise<Sample> {
  const dir = mkdtempSync(join(tmpdir(), 'adsauth-bench-start-'));
  const started = performance.now();
  const [command, ...args] = target.command;
  const child = spawn(command!, args, {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ADSAUTH_DATABASE: join(dir, 'adsauth.db'),
      PORT: '0',
      LOG_LEVEL: 'warn',
    },
  });
  const closed = new Promise((resolve) => child.once('close', resolve));
  try {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    let url: string | undefined;
    let readyMs: number | undefined;
    while (readyMs === undefined) {
      if (child.exitCode !== null) throw new Error(`${target.name} exited early:\n${stdout}`);
      if (performance.now() - started > 60_000) throw new Error(`${target.name} not ready within 60 s`);
      url ??= target.urlPattern.exec(stdout)?.[1];
      const status = url
        ? await fetch(`${url}${target.readyPath}`).then(
            (r) => r.status,
            () => 0,
          )
        : 0;
      if (status === 200) readyMs = performance.now() - started;
      else await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const tree = processTree(child.pid!);
    const cpuS = tree.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
    const { headers, query } = target.request(stdout);
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
      const body = await response.text();
      if (response.status !== 200 || body.includes('"errors"')) throw new Error(`${target.name}: ${response.status} ${body}`);
    }
    return { readyMs, cpuS, peakMb: Math.max(...processTree(child.pid!).map(peakMb)) };
  } finally {
    child.kill('SIGTERM');
    await closed;
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// The build is not part of the measurement: dist/ is brought up to date before each start (the
// sources may change during the run when someone is editing them).
const buildIfStale = () =>
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.js'), '--if-stale'], { stdio: ['ignore', 'ignore', 'inherit'] });

const samples: Record<string, Sample[]> = { [gateway.name]: [], [yogaHello.name]: [] };
for (let run = 1; run <= runs; run++) {
  // Alternate who goes first, so neither always starts on a machine the other just warmed up.
  const order = run % 2 ? [yogaHello, gateway] : [gateway, yogaHello];
  for (const target of order) {
    if (target === gateway) buildIfStale();
    const sample = await measureOnce(target);
    samples[target.name]!.push(sample);
    if (!values.json) {
      console.log(
        `run ${run} ${target.name.padEnd(10)} ready ${sample.readyMs.toFixed(0).padStart(5)} ms, ` +
          `${sample.cpuS.toFixed(2)} CPU s, peak RSS ${sample.peakMb.toFixed(1)} MB`,
      );
    }
  }
}

const summary = (name: string) => ({
  readyMs: median(samples[name]!.map((s) => s.readyMs)),
  cpuS: median(samples[name]!.map((s) => s.cpuS)),
  peakMb: median(samples[name]!.map((s) => s.peakMb)),
});
/** The median of each run's ratio: the two starts of a run are next to each other in time, so they share the machine's load. */
const pairedRatio = (measure: keyof Sample) =>
  median(samples[gateway.name]!.map((sample, run) => sample[measure] / samples[yogaHello.name]![run]![measure]));
const ours = summary(gateway.name);
const yoga = summary(yogaHello.name);
const result = {
  runs,
  gateway: { command: gateway.command.join(' '), ...ours },
  yogaHello: yoga,
  ratios: { ready: pairedRatio('readyMs'), cpu: pairedRatio('cpuS'), peakRss: pairedRatio('peakMb') },
  goals: { readyRatioAtMost: 1.6, peakRssMbAtMost: 130 },
};

if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const check = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.log(`\nmedians of ${runs} runs (${gateway.command.join(' ')}):`);
  console.log(`| | adsauth | yoga hello | ratio | goal |`);
  console.log(`|---|---|---|---|---|`);
  console.log(
    `| time to ready | ${ours.readyMs.toFixed(0)} ms | ${yoga.readyMs.toFixed(0)} ms | ${result.ratios.ready.toFixed(2)}× | ≤ 1.6× ${check(result.ratios.ready <= 1.6)} |`,
  );
  console.log(`| CPU until ready | ${ours.cpuS.toFixed(2)} s | ${yoga.cpuS.toFixed(2)} s | ${result.ratios.cpu.toFixed(2)}× | |`);
  console.log(
    `| peak RSS | ${ours.peakMb.toFixed(1)} MB | ${yoga.peakMb.toFixed(1)} MB | ${result.ratios.peakRss.toFixed(2)}× | ≤ 130 MB ${check(ours.peakMb <= 130)} |`,
  );
}
