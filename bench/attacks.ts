// npx tsx bench/attacks.ts [--runs 50] [--authorizations 20] [--ad-accounts 10] [--renames 5]
// Server CPU per request for the four attacks of issue 8 (depth 50 over the history cycle, 1,000 aliases,
// a 1 MB document, the 10-alias cost bomb), all refused by the operation limits (ADSAUTH_MAX_*, defaults),
// next to a baseline measured in the same run, `{ viewer { role } }`, the dashboard query the limits
// must keep allowing, and the costliest document to validate that they allow (600 tokens of one field
// repeated: graphql-js's field-merging rule grows with the square of the repetitions). Requests go
// through yoga.fetch in this process (no socket, no client work in the figures); CPU is
// process.cpuUsage() around each request and its body, the median of --runs. Each request is a new
// document (a comment numbers it), so no parse or validation cache answers for it. The data
// (system-user authorizations with ad accounts and renames) is made over GraphQL first.
import { createBenchApp } from './bench-app.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client.ts';
import { startSandbox } from '../src/sandbox/sandbox.ts';
import { ATTACKS, DASHBOARD_QUERY } from '../test/security/attacks.ts';
import { seedAuthorizations } from '../test/security/seed.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '50' },
    authorizations: { type: 'string', default: '20' },
    'ad-accounts': { type: 'string', default: '10' },
    renames: { type: 'string', default: '5' },
  },
});
const runs = Number(values.runs);
const counts = {
  authorizations: Number(values.authorizations),
  adAccounts: Number(values['ad-accounts']),
  renames: Number(values.renames),
};

async function main() {
  const sandbox = await startSandbox({ seed: 'empty' });
  const dir = mkdtempSync(join(tmpdir(), 'adsauth-bench-'));
  const database = openDatabase(join(dir, 'adsauth.db'));
  try {
    const { yoga, services, config } = createBenchApp({ sandbox, database });
    const apiKey = services.apiKeys.create({ workspaceName: 'Bench', name: 'bench', role: 'EDITOR' }).secret;
    const send = async (body: string) => {
      const response = await yoga.fetch('http://127.0.0.1/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${apiKey}` },
        body,
      });
      return { status: response.status, text: await response.text() };
    };
    const post = async (query: string, variables?: Record<string, unknown>) =>
      JSON.parse((await send(JSON.stringify({ query, variables }))).text);

    process.stdout.write(
      `Seeding ${counts.authorizations} authorizations × ${counts.adAccounts} ad accounts × ${counts.renames} renames… `,
    );
    await seedAuthorizations(post, sandbox.world, counts);
    console.log('done');

    const requests: Record<string, string> = {
      '{ viewer { role } } (baseline)': '{ viewer { role } }',
      'dashboard query (allowed)': DASHBOARD_QUERY,
      '600 tokens of one field (allowed)': `{ ${'viewer { role } '.repeat(149)}}`,
      ...ATTACKS,
    };
    let run = 0;
    const rows = [];
    for (const [name, query] of Object.entries(requests)) {
      const body = () => JSON.stringify({ query: `# ${++run}\n${query}` });
      for (let i = 0; i < 5; i++) await send(body()); // warm-up, not reported
      const cpuMs: number[] = [];
      let last = { status: 0, text: '' };
      for (let i = 0; i < runs; i++) {
        const prepared = body();
        const before = process.cpuUsage();
        last = await send(prepared);
        const used = process.cpuUsage(before);
        cpuMs.push((used.user + used.system) / 1000);
      }
      cpuMs.sort((a, b) => a - b);
      const code = (JSON.parse(last.text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? '';
      rows.push({
        name,
        bytes: body().length,
        status: last.status,
        code,
        median: cpuMs[Math.floor(runs / 2)]!,
        p95: cpuMs[Math.floor(runs * 0.95)]!,
      });
    }
    const baseline = rows[0]!.median;
    console.log(
      `\nServer CPU per request, median and p95 of ${runs} runs; node ${process.version}; limits ${JSON.stringify(config.limits)}\n`,
    );
    console.log(
      `${'request'.padEnd(34)} ${'bytes'.padStart(8)}  status  ${'code'.padEnd(22)} ${'median'.padStart(9)} ${'p95'.padStart(9)}  × baseline`,
    );
    for (const row of rows) {
      console.log(
        `${row.name.padEnd(34)} ${String(row.bytes).padStart(8)}  ${String(row.status).padEnd(6)}  ${row.code.padEnd(22)} ${`${row.median.toFixed(2)} ms`.padStart(9)} ${`${row.p95.toFixed(2)} ms`.padStart(9)}  ${(row.median / baseline).toFixed(1)}`,
      );
    }
  } finally {
    database.close();
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
