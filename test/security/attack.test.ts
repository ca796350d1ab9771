// The four attacks of issue 8, over real HTTP against an app with data to chew on, sent by an attacker
// in a process of its own: each is refused before any resolver runs, cheaply, and /healthz keeps
// answering while they arrive.
//
// Time is the CPU time of this process (process.cpuUsage), which holds the server and nothing busy
// but it: the attacker is another process, the sandbox idles (no refused request reaches it). CPU time
// does not grow when other processes keep the machine's cores busy, as wall time would. An attack's
// server time is the CPU spent from its request's arrival to the end of its response, body reading
// included; a /healthz's is the CPU spent while it waited, which holds whatever work it waited behind.
// An attack that got through would cost seconds (issue 8: 11.9 s of CPU for the depth-50 query).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { LIMIT_CODES } from '../../src/http/operation-limits.ts';
import { setupAuthorizationTest } from '../authorizations/support.ts';
import { spawnTs } from '../helpers/spawn.ts';
import type { ATTACKS } from './attacks.ts';
import { seedAuthorizations } from './seed.ts';
import { postOperation } from './support.ts';

const BUDGET_MS = 100;
const ATTACKER = fileURLToPath(new URL('./attacker.ts', import.meta.url));

const EXPECTED: Record<keyof typeof ATTACKS, string> = {
  'depth 50 over the history cycle': LIMIT_CODES.depth,
  // 6,004 tokens: the token limit (600) stops it while parsing, before its aliases are counted.
  '1,000 aliases': LIMIT_CODES.tokens,
  // Longer than 600 tokens × 50 characters: refused before parsing.
  'a 1 MB document': LIMIT_CODES.size,
  'the 10-alias cost bomb': LIMIT_CODES.cost,
};

interface AttackResult {
  name: keyof typeof ATTACKS;
  status: number;
  code: string | undefined;
}

const cpuMsSince = (before: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

/** An app with a few authorizations, ad accounts and history events, over HTTP; notes the server CPU of each attack. */
async function target() {
  const s = await setupAuthorizationTest();
  await seedAuthorizations((query, variables) => postOperation(s, s.apiKey, query, variables).then((r) => r.body ?? {}), s.world, {
    authorizations: 3,
    adAccounts: 3,
    renames: 3,
  });
  const serverCpu: { attack: string; cpuMs: number }[] = [];
  const server: Server = createServer((request, response) => {
    const before = process.cpuUsage();
    const attack = request.headers['x-attack'];
    if (typeof attack === 'string') response.on('finish', () => serverCpu.push({ attack, cpuMs: cpuMsSince(before) }));
    void s.yoga(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve()) && server.closeAllConnections()));
  return { s, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, serverCpu };
}

/** Starts the attacker; resolves `started` when it begins and `results` when it has its answers. */
function attack(base: string, apiKey: string, rounds: number) {
  const child = spawnTs(ATTACKER, [base, String(rounds)], { env: { ATTACK_API_KEY: apiKey } });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const started = lines.next().then((line) => expect(line.value).toBe('attacking'));
  const results = started.then(() => lines.next()).then((line) => (line.done ? [] : (JSON.parse(String(line.value)) as AttackResult[])));
  return { started, results };
}

describe('the attacks of issue 8, over HTTP', () => {
  it('are each refused with its code within 100 ms of server CPU', async () => {
    const { s, base, serverCpu } = await target();
    // The first round loads and compiles code that later requests reuse; the second is measured.
    const results = await attack(base, s.apiKey, 2).results;
    expect(results.map(({ name, status, code }) => ({ name, status, code }))).toEqual(
      [1, 2].flatMap(() => Object.entries(EXPECTED).map(([name, code]) => ({ name, status: 400, code }))),
    );
    const measured = serverCpu.slice(4);
    expect(measured.map((m) => m.attack)).toEqual(Object.keys(EXPECTED));
    for (const { attack: name, cpuMs } of measured) expect(cpuMs, `${name}: ${cpuMs.toFixed(1)} ms of server CPU`).toBeLessThan(BUDGET_MS);
  });

  it('leave /healthz answering within 100 ms of server CPU while they arrive', async () => {
    const { s, base } = await target();
    const healthz = async () => {
      const before = process.cpuUsage();
      const response = await fetch(`${base}/healthz`);
      await response.arrayBuffer();
      return { status: response.status, cpuMs: cpuMsSince(before) };
    };
    await healthz();
    const attacker = attack(base, s.apiKey, 5);
    await attacker.started;
    let results: AttackResult[] | undefined;
    const finished = attacker.results.then(
      (r) => (results = r),
      () => (results = []),
    );
    const checks: { status: number; cpuMs: number }[] = [];
    while (!results) checks.push(await healthz());
    await finished;

    expect(results.map((r) => r.status)).toEqual(Array(20).fill(400));
    expect(checks.filter((check) => check.status !== 200)).toEqual([]);
    const slowest = Math.max(...checks.map((check) => check.cpuMs));
    expect(slowest, `slowest of ${checks.length} /healthz: ${slowest.toFixed(1)} ms of CPU`).toBeLessThan(BUDGET_MS);
  });
});
