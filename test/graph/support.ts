// Shared set-up for the Graph client's integration tests: a sandbox on loopback, a client pointed at
// it, and everything the client told its listener. The client's fetch is the real one, wrapped only
// to record what went over the wire (URL, method, headers, body) so tests can check for leaks.
import { expect } from 'vitest';
import type { GraphCallOutcome, GraphApi, UsageReport } from '../../src/graph/graph-api.ts';
import { createHttpGraphApi, type HttpGraphApiOptions } from '../../src/graph/http-graph-api.ts';
import { startSandbox } from '../../src/sandbox/sandbox.ts';
import type { SandboxHandle, SandboxWorld } from '../../src/sandbox/types.ts';

export const VERSION = 'v26.0';

export interface SentRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

export interface Recorder {
  calls: GraphCallOutcome[];
  usage: UsageReport[];
  requests: SentRequest[];
  fetch: typeof globalThis.fetch;
  listener: NonNullable<HttpGraphApiOptions['listener']>;
  clear(): void;
}

export function createRecorder(): Recorder {
  const recorder: Recorder = {
    calls: [],
    usage: [],
    requests: [],
    fetch: async (input, init) => {
      recorder.requests.push({
        url: String(input),
        method: init?.method ?? 'GET',
        headers: new Headers(init?.headers),
        body: init?.body === undefined || init.body === null ? undefined : String(init.body),
      });
      return globalThis.fetch(input, init);
    },
    listener: {
      onCall: (outcome) => recorder.calls.push(outcome),
      onUsage: (usage) => recorder.usage.push(usage),
    },
    clear() {
      recorder.calls.length = 0;
      recorder.usage.length = 0;
      recorder.requests.length = 0;
    },
  };
  return recorder;
}

export interface GraphHarness {
  sandbox: SandboxHandle;
  world: SandboxWorld;
  recorder: Recorder;
  /** A client for the sandbox's app, with small timeouts and backoff. */
  client(overrides?: Partial<HttpGraphApiOptions>): GraphApi;
  /** A fresh user and a USER token for them. */
  userWithToken(scopes?: string[], declinedScopes?: string[]): { userId: string; token: string };
  close(): Promise<void>;
}

export async function startGraphHarness(): Promise<GraphHarness> {
  const sandbox = await startSandbox({ host: '127.0.0.1', port: 0, seed: 'empty' });
  const recorder = createRecorder();
  return {
    sandbox,
    world: sandbox.world,
    recorder,
    client: (overrides = {}) =>
      createHttpGraphApi({
        fetch: recorder.fetch,
        baseUrl: sandbox.url,
        version: VERSION,
        appId: sandbox.world.app.id,
        appSecret: sandbox.world.app.secret,
        // Generous: a loaded machine must not turn a slow loopback answer into a timeout and a retry
        // (tests of timeouts pass their own).
        timeoutMs: 15_000,
        retryBaseDelayMs: 1,
        listener: recorder.listener,
        ...overrides,
      }),
    userWithToken(scopes = ['ads_management', 'ads_read'], declinedScopes = []) {
      const user = sandbox.world.createUser({ name: `User ${Math.random().toString(36).slice(2, 8)}` });
      const token = sandbox.world.createToken({ type: 'USER', userId: user.id, scopes, declinedScopes });
      return { userId: user.id, token: token.accessToken };
    },
    close: () => sandbox.close(),
  };
}

/** Awaits a rejection and returns the error, failing the test when the promise resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** No secret may appear in an error's message or anywhere in its enumerable fields. */
export function expectNoSecrets(error: unknown, secrets: readonly string[]): void {
  const text = `${(error as Error).message} ${JSON.stringify(error)} ${String((error as Error).stack)}`;
  for (const secret of secrets) expect(text, 'an error leaked a secret').not.toContain(secret);
  expect((error as Error).message).not.toMatch(/[?&](access_token|input_token|appsecret_proof|client_secret|code)=/);
}

/** A user with a token that reaches `count` fresh ad accounts, with the given tasks on each. */
export function userWithAccounts(harness: GraphHarness, count: number, tasks: string[] = ['MANAGE', 'ADVERTISE']) {
  const owner = harness.userWithToken();
  const accounts = Array.from({ length: count }, (_, i) => {
    const account = harness.world.createAdAccount({ name: `Account ${i}` });
    harness.world.grantAdAccount(account.accountId, owner.userId, tasks);
    return account;
  });
  return { ...owner, accounts };
}

/** Back to a well-behaved sandbox between tests: no faults, no throttle, empty call log. */
export function resetSandbox(harness: GraphHarness): void {
  harness.world.setFaults({ latencyMs: 0, http500Rate: 0, code2Rate: 0, timeoutRate: 0, batchNullRate: 0, scripted: [] });
  harness.world.setThrottle({ adAccountBudget: null });
  harness.world.setApp({ requireAppSecretProof: true });
  harness.world.resetCalls();
  harness.recorder.clear();
}
