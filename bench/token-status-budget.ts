// npx tsx bench/token-status-budget.ts [-- --authorizations 150 --requests 20]
// What tokenStatus(maxAgeSeconds: 0) costs the app's Graph budget, before and after the budgets:
// 20 requests of authorizations(first: 100) { tokenStatus(maxAgeSeconds: 0) } over 150 authorizations
// whose last check is an hour old, sent back to back as a dashboard would. "before" turns the budgets
// off (ADSAUTH_MIN_RECHECK_SECONDS=0 and an unreachable per-key budget), which is how adsauth behaved;
// "after" uses the defaults, with one API key and with a key per request (then the re-check floor alone
// holds). The figure is the debug_token checks the sandbox counted (batch items are checks too).
import { createBenchApp } from './bench-app.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client.ts';
import { startSandbox } from '../src/sandbox/sandbox.ts';
import type { SandboxHandle } from '../src/sandbox/types.ts';
import { seedAuthorizations } from '../test/sweep/seed.ts';

const { values } = parseArgs({
  options: { authorizations: { type: 'string', default: '150' }, requests: { type: 'string', default: '20' } },
});
const AUTHORIZATIONS = Number(values.authorizations);
const REQUESTS = Number(values.requests);
const QUERY = 'query Dashboard { authorizations(first: 100) { edges { node { tokenStatus(maxAgeSeconds: 0) { state checkedAt } } } } }';

interface Scenario {
  label: string;
  env: Record<string, string>;
  keys: 'one' | 'one per request';
}

const SCENARIOS: Scenario[] = [
  { label: 'before: no budgets', env: { ADSAUTH_MIN_RECHECK_SECONDS: '0', ADSAUTH_KEY_GRAPH_CALLS_PER_MINUTE: '100000' }, keys: 'one' },
  { label: 'after: defaults, one API key', env: {}, keys: 'one' },
  { label: 'after: defaults, a key per request', env: {}, keys: 'one per request' },
];

async function run(sandbox: SandboxHandle, scenario: Scenario) {
  const dir = mkdtempSync(join(tmpdir(), 'adsauth-bench-'));
  const database = openDatabase(join(dir, 'adsauth.db'));
  try {
    const app = createBenchApp({ sandbox, database, env: scenario.env });
    const keyCount = scenario.keys === 'one' ? 1 : REQUESTS;
    const keys = Array.from({ length: keyCount }, (_, i) =>
      app.services.apiKeys.create({ workspaceName: 'bench', name: `dashboard ${i}`, role: 'VIEWER' }),
    );
    const hourAgo = new Date(Date.now() - 3_600_000);
    seedAuthorizations(
      { db: database.db, cipher: app.kernel.cipher, world: sandbox.world, now: hourAgo },
      { count: AUTHORIZATIONS, workspaceId: keys[0]!.workspace.id },
    );

    const before = sandbox.world.counters().byEndpoint['GET debug_token'] ?? 0;
    const start = performance.now();
    for (let i = 0; i < REQUESTS; i++) {
      const response = await app.yoga.fetch('http://127.0.0.1/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[i % keyCount]!.secret}` },
        body: JSON.stringify({ query: QUERY }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (response.status !== 200 || body.errors) throw new Error(`request ${i + 1} failed: ${JSON.stringify(body)}`);
    }
    const wallMs = performance.now() - start;
    return { checks: (sandbox.world.counters().byEndpoint['GET debug_token'] ?? 0) - before, wallMs };
  } finally {
    database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const sandbox = await startSandbox({ seed: 'empty' });
  try {
    // Pinned low, so the request-time usage ceiling stays out of the way of the figures.
    sandbox.world.setThrottle({ appUsagePct: 10 });
    console.log(
      `${REQUESTS} requests of authorizations(first: 100) { tokenStatus(maxAgeSeconds: 0) } over ${AUTHORIZATIONS} authorizations, last checked an hour ago\n`,
    );
    const results: Awaited<ReturnType<typeof run>>[] = [];
    for (const scenario of SCENARIOS) {
      const result = await run(sandbox, scenario);
      results.push(result);
      console.log(
        `${scenario.label.padEnd(40)} ${String(result.checks).padStart(6)} debug_token checks ${(result.wallMs / 1000).toFixed(2).padStart(7)} s`,
      );
    }
    const baseline = results[0]!.checks;
    console.log('\nChecks saved (before / after):');
    SCENARIOS.slice(1).forEach((scenario, i) => {
      const { checks } = results[i + 1]!;
      console.log(`  ${scenario.label.padEnd(38)} ${(baseline / Math.max(1, checks)).toFixed(1)}x fewer (${baseline} → ${checks})`);
    });
  } finally {
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
