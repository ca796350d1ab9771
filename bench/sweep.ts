// npm run bench:sweep [-- --count 10000 --latency 100 --concurrency 16 --app-usage 10|derived]
// One health sweep of 10,000 authorizations against the Graph sandbox with 100 ms injected latency:
// wall time, CPU time and Graph requests. Figures are compared with baselines measured in the same
// run: the same sweep over 1,000 authorizations (does the cost grow linearly?), and the token checks
// done without batch requests (one GET debug_token per token, 500 of them, extrapolated).
// The sandbox derives X-App-Usage from an app budget of 10,000 calls an hour, and a sweep of 10,000
// makes 20,000 (a check and an ad-account read each): the throttle guard would rightly pause it at
// 95 % for 5 minutes. The bench pins the reported usage (10 % by default) to measure throughput;
// `--app-usage derived` shows the pause instead.
import { parseArgs } from 'node:util';
import { SWEEP_ACTOR } from '../src/domain/events.ts';
import { createSweepRunRepository } from '../src/repositories/sweep-runs.ts';
import { mapLimited } from '../src/services/sweep/sweep-pool.ts';
import { openToken } from '../src/services/kernel/sealed-tokens.ts';
import { setUpBench, type Bench } from './sweep-setup.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    latency: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '16' },
    'app-usage': { type: 'string', default: '10' },
  },
});
const count = Number(values.count);
const latencyMs = Number(values.latency);
const concurrency = Number(values.concurrency);
const BASELINE_SWEEP = Math.max(1, Math.round(count / 10));
const UNBATCHED_SAMPLE = Math.min(500, count);

type Measured = Awaited<ReturnType<Bench['measure']>>;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const line = (label: string, m: Measured, n: number) =>
  `${label.padEnd(44)} ${seconds(m.wallMs).padStart(8)} wall ${seconds(m.cpuMs).padStart(8)} CPU ${String(m.httpRequests).padStart(6)} Graph requests (${(m.httpRequests / n).toFixed(3)} per authorization)`;

async function main() {
  const bench = await setUpBench({ latencyMs, concurrency });
  try {
    const { app } = bench;
    const appUsagePct = values['app-usage'] === 'derived' ? null : Number(values['app-usage']);
    bench.sandbox.world.setThrottle({ appUsagePct });
    const runs = createSweepRunRepository(bench.database.db);
    process.stdout.write(`Seeding ${count} + ${BASELINE_SWEEP} + ${UNBATCHED_SAMPLE} authorizations… `);
    const seeded = await bench.measure(async () => ({
      big: bench.seedWorkspace('bench-10k', count),
      small: bench.seedWorkspace('bench-1k', BASELINE_SWEEP),
      sample: bench.seedWorkspace('bench-unbatched', UNBATCHED_SAMPLE),
      warm: bench.seedWorkspace('bench-warm-up', 100),
    }));
    console.log(seconds(seeded.wallMs));
    const ids = seeded.result;
    await app.workers.sweep.run({ workspaceId: ids.warm }); // JIT and connection warm-up, not reported

    // Baseline 1: the token checks alone, one GET debug_token per token (no batch request).
    const sampleRows = runs.after(null, ids.sample, UNBATCHED_SAMPLE);
    const unbatched = await bench.measure(() =>
      mapLimited(sampleRows, concurrency, (row) => app.graph.debugToken(openToken(app.kernel.cipher, row))),
    );
    // The same checks batched, as the sweep makes them: 50 tokens per request, `concurrency` requests at once.
    const bigRows = runs.after(null, ids.big, count);
    const chunks = Array.from({ length: Math.ceil(bigRows.length / 50) }, (_, i) => bigRows.slice(i * 50, i * 50 + 50));
    const batched = await bench.measure(() =>
      mapLimited(chunks, concurrency, (chunk) => app.workers.tokenChecker.check(chunk, SWEEP_ACTOR)),
    );
    // Baseline 2: the whole sweep over a tenth of the authorizations; then the whole sweep.
    const small = await bench.measure(() => app.workers.sweep.run({ workspaceId: ids.small }));
    const big = await bench.measure(() => app.workers.sweep.run({ workspaceId: ids.big }));
    if (big.result.status !== 'FINISHED' || small.result.status !== 'FINISHED')
      throw new Error(`a sweep did not finish: ${big.result.status}, ${small.result.status}`);

    const factor = count / UNBATCHED_SAMPLE;
    const usage = appUsagePct === null ? 'derived from the calls of the last hour' : `pinned at ${appUsagePct} %`;
    console.log(
      `\nGraph sandbox latency ${latencyMs} ms per request, X-App-Usage ${usage}, ADSAUTH_SWEEP_CONCURRENCY=${concurrency}, node ${process.version}\n`,
    );
    console.log(line(`token checks, unbatched (${UNBATCHED_SAMPLE})`, unbatched, UNBATCHED_SAMPLE));
    console.log(
      `${`  extrapolated to ${count}`.padEnd(44)} ${seconds(unbatched.wallMs * factor).padStart(8)} wall ${''.padStart(12)} ${String(Math.round(unbatched.httpRequests * factor)).padStart(6)} Graph requests`,
    );
    console.log(line(`token checks, batches of 50 (${count})`, batched, count));
    console.log(line(`sweep of ${BASELINE_SWEEP} (baseline)`, small, BASELINE_SWEEP));
    console.log(line(`sweep of ${count}`, big, count));
    console.log(`  requests of the ${count} sweep: ${JSON.stringify(big.byEndpoint)}`);
    const { result } = big;
    console.log(
      `  checked ${result.checked}, changed ${result.changed}, failed ${result.failed}, ad accounts resynced ${result.adAccountsSynced}`,
    );
    const pauses = bench.database.sqlite.prepare('select scope, reason from throttle_pauses').all();
    console.log(`  throttling pauses recorded during the bench: ${pauses.length === 0 ? 'none' : JSON.stringify(pauses)}`);
    console.log('\nRatios (same run):');
    console.log(
      `  batched checks vs unbatched, extrapolated: ${((unbatched.wallMs * factor) / batched.wallMs).toFixed(1)}x faster, ${((unbatched.httpRequests * factor) / batched.httpRequests).toFixed(1)}x fewer requests`,
    );
    console.log(
      `  sweep of ${count} vs ${BASELINE_SWEEP}: ${(big.wallMs / small.wallMs).toFixed(2)}x the wall time, ${(big.cpuMs / small.cpuMs).toFixed(2)}x the CPU time for ${(count / BASELINE_SWEEP).toFixed(0)}x the authorizations`,
    );
  } finally {
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
