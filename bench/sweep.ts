// npm run bench:sweep [-- --count 10000 --latency 20 --concurrency 16 --app-usage 10|derived]
// Health sweeps against the Graph sandbox (injected latency, real HTTP, a real SQLite file), in one
// process run: a sweep of count/10 authorizations, then, with the table grown to `count`, a sweep of all
// `count`. It reports, as ratios measured in the same run:
//   - CPU per authorization of the big sweep compared with the small one (goal within 1.2×: linear);
//   - the Graph requests of the big sweep against 2·⌈N/50⌉ + further pages (every token here has one
//     page of ad accounts, so the further pages are 0);
//   - the event-loop delay p99 during the big sweep (perf_hooks.monitorEventLoopDelay; goal ≤ 50 ms);
//   - the p99 of `{ viewer { role } }` requests issued throughout the big sweep (goal ≤ 100 ms).
// The sandbox runs in a process of its own (bench/sweep-sandbox.ts), so the CPU figures, the event-loop
// delay and the viewer requests are the gateway's alone; the sandbox's CPU is shown apart.
// The sandbox derives X-App-Usage from a budget of 10,000 calls an hour, which a big sweep exceeds:
// the throttle guard would rightly pause it. The bench pins the reported usage (10 % by default) to
// measure throughput; `--app-usage derived` shows the pause instead.
import { parseArgs } from 'node:util';
import { watchLoopDelay, type LoopDelay } from './loop-delay.ts';
import { setUpBench } from './sweep-setup.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    latency: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '16' },
    'app-usage': { type: 'string', default: '10' },
  },
});
const count = Number(values.count);
const latencyMs = Number(values.latency);
const concurrency = Number(values.concurrency);
const small = Math.max(1, Math.round(count / 10));

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const ownDelay = (loop: LoopDelay) =>
  loop.ownP99Ms === undefined ? '' : `; p99 without the waits for a CPU held by other processes: ${loop.ownP99Ms.toFixed(1)} ms`;

async function main() {
  const bench = await setUpBench({ latencyMs, concurrency });
  try {
    const { app } = bench;
    const appUsagePct = values['app-usage'] === 'derived' ? null : Number(values['app-usage']);
    await bench.setThrottle({ appUsagePct });
    const { apiKey, workspaceId } = bench.workspace('bench');

    /** Milliseconds from `since` (when the request was due) to its answer: a request due while the loop was blocked waited too. */
    const viewer = async (since = performance.now()) => {
      const start = since;
      const response = await app.yoga.fetch('http://bench.invalid/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ query: '{ viewer { role } }' }),
      });
      const body = (await response.json()) as { data?: { viewer?: { role?: string } } };
      if (body.data?.viewer?.role !== 'VIEWER') throw new Error(`viewer failed: ${JSON.stringify(body)}`);
      return performance.now() - start;
    };

    /**
     * One global sweep, with the event-loop delay and viewer requests (one due every 20 ms) measured while
     * it runs. A viewer request's time counts from when it was due, not from when its timer got to run.
     */
    async function sweepMeasured() {
      const latencies: number[] = [];
      let running = true;
      const probe = (async () => {
        while (running) {
          const due = performance.now() + 20;
          await new Promise((resolve) => setTimeout(resolve, 20));
          latencies.push(await viewer(due));
        }
      })();
      const stopWatching = watchLoopDelay();
      const measured = await bench.measure(() => app.workers.sweep.run());
      const loop = stopWatching();
      running = false;
      await probe;
      if (measured.result.status !== 'FINISHED') throw new Error(`the sweep did not finish: ${measured.result.status}`);
      latencies.sort((a, b) => a - b);
      return { ...measured, loop, viewer: latencies };
    }

    const seedSmall = await bench.measure(async () => bench.seedWorkspace(workspaceId, small));
    console.log(`Seeded ${small} authorizations in ${seconds(seedSmall.wallMs)}`);
    await viewer(); // JIT and schema warm-up, not reported
    const smallRun = await sweepMeasured();
    const seedBig = await bench.measure(async () => bench.seedWorkspace(workspaceId, count - small));
    console.log(`Seeded ${count - small} more (${count} in all) in ${seconds(seedBig.wallMs)}`);
    const bigRun = await sweepMeasured();

    const usage = appUsagePct === null ? 'derived from the calls of the last hour' : `pinned at ${appUsagePct} %`;
    console.log(
      `\nGraph sandbox latency ${latencyMs} ms per request, X-App-Usage ${usage}, ADSAUTH_SWEEP_CONCURRENCY=${concurrency}, node ${process.version}`,
    );
    console.log('The sandbox runs in a process of its own: CPU, event-loop delay and viewer times are the gateway process alone.\n');
    for (const [n, run] of [
      [small, smallRun],
      [count, bigRun],
    ] as const) {
      console.log(
        `sweep of ${String(n).padStart(7)}: ${seconds(run.wallMs).padStart(8)} wall ${seconds(run.cpuMs).padStart(8)} CPU (${((run.cpuMs / n) * 1000).toFixed(0)} µs per authorization; the sandbox's ${seconds(run.sandboxCpuMs)}), ${run.httpRequests} Graph requests ${JSON.stringify(run.byEndpoint)}`,
      );
      console.log(
        `  event-loop delay p99 ${run.loop.p99Ms.toFixed(1)} ms (max ${run.loop.maxMs.toFixed(1)} ms${ownDelay(run.loop)}); viewer requests during the sweep: ${run.viewer.length}, p50 ${percentile(run.viewer, 50).toFixed(1)} ms, p99 ${percentile(run.viewer, 99).toFixed(1)} ms`,
      );
    }
    const result = bigRun.result;
    if (result.status === 'BUSY') throw new Error('another sweep held the lease');
    console.log(
      `  checked ${result.checked}, changed ${result.changed}, failed ${result.failed}, ad accounts resynced ${result.adAccountsSynced}`,
    );
    const pauses = bench.database.sqlite.prepare('select scope, reason from throttle_pauses').all();
    console.log(`  throttling pauses recorded during the bench: ${pauses.length === 0 ? 'none' : JSON.stringify(pauses)}`);

    const cpuRatio = bigRun.cpuMs / count / (smallRun.cpuMs / small);
    const requestBudget = 2 * Math.ceil(count / 50);
    const viewerP99 = percentile(bigRun.viewer, 99);
    console.log('\nGoals (same run):');
    console.log(`  CPU per authorization, ${count} vs ${small}: ${cpuRatio.toFixed(2)}x (goal ≤ 1.2x) ${verdict(cpuRatio <= 1.2)}`);
    console.log(
      `  Graph requests for ${count} tokens with one page each: ${bigRun.httpRequests} (goal ≤ 2·⌈N/50⌉ + pages = ${requestBudget}) ${verdict(bigRun.httpRequests <= requestBudget)}`,
    );
    console.log(
      `  event-loop delay p99 during the sweep: ${bigRun.loop.p99Ms.toFixed(1)} ms (goal ≤ 50 ms) ${verdict(bigRun.loop.p99Ms <= 50)}${ownDelay(bigRun.loop)}`,
    );
    console.log(`  viewer p99 during the sweep: ${viewerP99.toFixed(1)} ms (goal ≤ 100 ms) ${verdict(viewerP99 <= 100)}`);
  } finally {
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
