// npm run bench:api [-- --rounds 20 --requests 25 --json]
// What a request costs the server, as a ratio to a bare graphql-yoga `{ hello }` measured in the same
// run: adsauth in live mode against the sandbox, with 50 authorizations of 10 ad accounts each. The
// scenarios take turns (a batch of each per round), so a machine busy with something else slows them
// all alike. Requests go through yoga.fetch in this process, one at a time: CPU is the process's
// (process.cpuUsage), which is the server's work plus the same small client cost for every scenario.
// SQL statements are counted by better-sqlite3's `verbose` hook, which sees every execution.
import { createBenchApp } from './bench-app.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { createSchema, createYoga } from 'graphql-yoga';
import { openDatabase, type DatabaseHandle } from '../db/client.ts';
import * as schema from '../db/schema.ts';
import { startSandbox } from '../src/sandbox/sandbox.ts';
import { seedAuthorizations } from '../test/sweep/seed.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    requests: { type: 'string', default: '25' },
    json: { type: 'boolean', default: false },
    // Runs only the scenarios whose name contains this (and yoga hello), e.g. for a CPU profile.
    only: { type: 'string' },
  },
});
const ROUNDS = Number(values.rounds);
const REQUESTS = Number(values.requests);
const AUTHORIZATIONS = 50;
const ACCOUNTS_EACH = 10;

interface Scenario {
  name: string;
  /** The goal for its CPU ratio to yoga hello, and for its SQL statements per request. */
  goal?: { cpuRatio: number; statements?: number };
  send: () => Promise<Response>;
}

interface Measured {
  name: string;
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerRequest: number;
  statementsPerRequest: number;
  cpuRatio: number;
  /** The median of each round's ratio, a check on the one above: a round shares the machine's load with its hello batch. */
  medianRoundRatio: number;
  /** The cheapest round's CPU per request, and its ratio to hello's cheapest: the least disturbed by other work on a busy machine. */
  minRoundCpuMs: number;
  minRoundRatio: number;
  goal?: Scenario['goal'];
  meetsGoal?: boolean;
}

let statements = 0;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** openDatabase's connection, opened again with the statement counter (the file is migrated first). */
function countingDatabase(file: string): DatabaseHandle {
  openDatabase(file).close();
  const sqlite = new Database(file, { verbose: () => void statements++ });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return { db: drizzle(sqlite, { schema }), sqlite, file, ping: () => true, close: () => sqlite.close() };
}

const post = (fetch: (url: string, init: RequestInit) => Response | Promise<Response>, query: string, apiKey?: string) => () =>
  Promise.resolve(
    fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
      body: JSON.stringify({ query }),
    }),
  );

async function main() {
  const sandbox = await startSandbox({ seed: 'empty' });
  sandbox.world.setThrottle({ appUsagePct: 10 });
  const dir = mkdtempSync(join(tmpdir(), 'adsauth-bench-api-'));
  const database = countingDatabase(join(dir, 'adsauth.db'));
  try {
    const app = createBenchApp({ sandbox, database });
    const { secret, workspace } = app.services.apiKeys.create({ workspaceName: 'bench', name: 'bench', role: 'VIEWER' });
    const seeded = seedAuthorizations(
      { db: database.db, cipher: app.kernel.cipher, world: sandbox.world, now: new Date() },
      { count: AUTHORIZATIONS, workspaceId: workspace.id },
    );
    let n = 0;
    for (const { row, userId } of seeded) {
      for (let i = 0; i < ACCOUNTS_EACH; i++) {
        sandbox.world.createAdAccount({
          name: `Account ${String(++n).padStart(4, '0')}`,
          currency: 'EUR',
          userTasks: { [userId]: ['MANAGE', 'ADVERTISE', 'ANALYZE'] },
        });
      }
      await app.services.adAccountSync.sync({ workspaceId: workspace.id, name: 'bench' }, row.id);
    }
    const authorization = seeded[0]!.row;
    const authorizationGlobalId = Buffer.from(`Authorization:${authorization.id}`).toString('base64');
    const accountId = app.services.adAccounts.list(workspace.id, authorization.id)[0]!.accountId;

    const hello = createYoga({
      schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
      logging: false,
    });
    const adsauth = (query: string) => post(app.yoga.fetch, query, secret);
    const scenarios: Scenario[] = [
      { name: 'yoga { hello }', send: post(hello.fetch, '{ hello }') },
      { name: '{ viewer { role } }', goal: { cpuRatio: 1.6 }, send: adsauth('{ viewer { role } }') },
      {
        name: 'authorization(id)',
        goal: { cpuRatio: 2 },
        send: adsauth(`{ authorization(id: "${authorizationGlobalId}") { id label method health tokenStatus { state checkedAt } } }`),
      },
      {
        name: 'authorizations(first:50) × adAccounts(first:10)',
        goal: { cpuRatio: 10, statements: 4 },
        send: adsauth(
          '{ authorizations(first: 50) { edges { node { id label adAccounts(first: 10) { edges { cursor node { id accountId name status currency } } pageInfo { hasNextPage endCursor } } } } } }',
        ),
      },
      {
        name: '50 cached tokenStatus',
        goal: { cpuRatio: 3 },
        send: adsauth('{ authorizations(first: 50) { edges { node { tokenStatus(maxAgeSeconds: 86400) { state checkedAt } } } } }'),
      },
      {
        name: 'exportReadiness',
        send: adsauth(
          `{ exportReadiness(authorizationId: "${authorizationGlobalId}", adAccountId: "act_${accountId}", jobType: EXPORT_AUDIENCES) { __typename ... on ExportReadiness { ready } } }`,
        ),
      },
    ];

    if (values.only) scenarios.splice(0, scenarios.length, ...scenarios.filter((s, i) => i === 0 || s.name.includes(values.only!)));
    // Every scenario must answer without errors: a benchmark of error responses measures nothing.
    for (const scenario of scenarios) {
      const response = await scenario.send();
      const body = (await response.json()) as { errors?: unknown };
      if (response.status !== 200 || body.errors) throw new Error(`${scenario.name} failed: ${JSON.stringify(body)}`);
    }

    const totals = scenarios.map(() => ({ latencies: [] as number[], cpuMicros: 0, wallMs: 0, statements: 0, roundCpuMs: [] as number[] }));
    for (let round = -1; round < ROUNDS; round++) {
      for (const [i, scenario] of scenarios.entries()) {
        const latencies: number[] = [];
        const statementsBefore = statements;
        const cpuBefore = process.cpuUsage();
        const start = performance.now();
        for (let r = 0; r < REQUESTS; r++) {
          const sent = performance.now();
          await (await scenario.send()).text();
          latencies.push(performance.now() - sent);
        }
        const wallMs = performance.now() - start;
        const cpu = process.cpuUsage(cpuBefore);
        if (round < 0) continue; // the warm-up round: JIT, statement caches
        const total = totals[i]!;
        total.latencies.push(...latencies);
        total.cpuMicros += cpu.user + cpu.system;
        total.roundCpuMs.push((cpu.user + cpu.system) / 1000 / REQUESTS);
        total.wallMs += wallMs;
        total.statements += statements - statementsBefore;
      }
    }

    const cpuMsOf = (i: number) => totals[i]!.cpuMicros / 1000 / totals[i]!.latencies.length;
    const measured: Measured[] = scenarios.map((scenario, i) => {
      const total = totals[i]!;
      const sorted = [...total.latencies].sort((a, b) => a - b);
      const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      const requests = sorted.length;
      const cpuRatio = cpuMsOf(i) / cpuMsOf(0);
      const medianRoundRatio = median(total.roundCpuMs.map((cpuMs, round) => cpuMs / totals[0]!.roundCpuMs[round]!));
      const statementsPerRequest = total.statements / requests;
      const minRoundCpuMs = Math.min(...total.roundCpuMs);
      return {
        name: scenario.name,
        requests,
        reqPerSec: requests / (total.wallMs / 1000),
        p50Ms: quantile(0.5),
        p99Ms: quantile(0.99),
        cpuMsPerRequest: cpuMsOf(i),
        statementsPerRequest,
        cpuRatio,
        medianRoundRatio,
        minRoundCpuMs,
        minRoundRatio: minRoundCpuMs / Math.min(...totals[0]!.roundCpuMs),
        ...(scenario.goal
          ? {
              goal: scenario.goal,
              meetsGoal: cpuRatio <= scenario.goal.cpuRatio && statementsPerRequest <= (scenario.goal.statements ?? Infinity),
            }
          : {}),
      };
    });

    if (values.json) {
      console.log(
        JSON.stringify(
          { rounds: ROUNDS, requestsPerRound: REQUESTS, authorizations: AUTHORIZATIONS, accountsEach: ACCOUNTS_EACH, results: measured },
          null,
          2,
        ),
      );
    } else {
      console.log(
        `${ROUNDS} rounds × ${REQUESTS} requests of each, interleaved; ${AUTHORIZATIONS} authorizations × ${ACCOUNTS_EACH} ad accounts\n`,
      );
      console.table(
        Object.fromEntries(
          measured.map((m) => [
            m.name,
            {
              'req/s': Math.round(m.reqPerSec),
              'p50 ms': m.p50Ms.toFixed(2),
              'p99 ms': m.p99Ms.toFixed(2),
              'CPU ms/req': m.cpuMsPerRequest.toFixed(3),
              'SQL/req': m.statementsPerRequest.toFixed(1),
              'CPU × hello': m.cpuRatio.toFixed(2),
              'median round ×': m.medianRoundRatio.toFixed(2),
              'min round ×': m.minRoundRatio.toFixed(2),
              goal: m.goal ? `≤ ${m.goal.cpuRatio}×${m.goal.statements ? `, ≤ ${m.goal.statements} SQL` : ''}` : '',
              met: m.meetsGoal === undefined ? '' : m.meetsGoal ? 'yes' : 'NO',
            },
          ]),
        ),
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
