// The Graph client under a caller's signal: the test fires it on an event (a response arrived, the
// sandbox logged a request), never after a delay, and the backoff and timeouts are far longer than
// any test, so only the signal can end these calls.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GraphDeadlineError, GraphTransientError } from '../../src/graph/errors.ts';
import { rejectionOf, resetSandbox, startGraphHarness, type GraphHarness } from '../graph/support.ts';

const LONG = { timeoutMs: 120_000, retryBaseDelayMs: 600_000 };
/** vi.waitFor gives up after 1 s by default: too short a bound on a busy machine; this one only guards against hangs. */
const WAIT = { timeout: 15_000, interval: 10 };

let harness: GraphHarness;
beforeAll(async () => {
  harness = await startGraphHarness();
});
afterAll(() => harness.close());
beforeEach(() => resetSandbox(harness));

const endpoints = () => harness.world.calls().map((call) => call.endpoint);

describe('a Graph call with a signal', () => {
  it('starts no retry once the signal has fired: it ends with what Graph said last', async () => {
    const { token } = harness.userWithToken();
    harness.world.setFaults({ code2Rate: 1 });
    const controller = new AbortController();
    // The first failed call (a code 2, worth retrying) fires the signal; the retry would come 5 to 15 minutes later.
    const graph = harness.client({ ...LONG, listener: { onCall: () => controller.abort() } });

    const error = await rejectionOf(graph.getMe(token, { signal: controller.signal }));

    expect(error).toBeInstanceOf(GraphTransientError);
    expect(error).toMatchObject({ code: 2 });
    expect(endpoints()).toEqual(['GET me']);
  });

  it('aborts the attempt in flight when the signal fires', async () => {
    const { token } = harness.userWithToken();
    harness.world.setFaults({ timeoutRate: 1 });
    const controller = new AbortController();
    const graph = harness.client(LONG);

    const call = rejectionOf(graph.getMe(token, { signal: controller.signal }));
    await vi.waitFor(() => expect(endpoints()).toEqual(['GET me']), WAIT);
    controller.abort();

    const error = await call;
    expect(error).toBeInstanceOf(GraphDeadlineError);
    expect(error.message).toBe("Facebook did not answer GET me within the request's deadline");
    expect(harness.recorder.calls).toMatchObject([{ endpoint: 'GET me', ok: false }]);
  });

  it('makes no call when the signal has already fired', async () => {
    const { token } = harness.userWithToken();
    const graph = harness.client(LONG);
    const error = await rejectionOf(graph.listAdAccounts(token, {}, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(GraphDeadlineError);
    expect(endpoints()).toEqual([]);
    expect(harness.recorder.calls).toEqual([]);
  });

  it('a batch keeps the items answered before the signal fired; the others get a GraphDeadlineError', async () => {
    const tokens = Array.from({ length: 60 }, () => harness.userWithToken().token);
    // The second request of the batch (items 51–60) is held open.
    harness.world.setFaults({ scripted: [{ pathIncludes: 'batch', onCall: 2, fault: 'timeout' }] });
    const controller = new AbortController();
    const graph = harness.client(LONG);

    const checks = graph.debugTokens(tokens, { signal: controller.signal });
    await vi.waitFor(() => expect(endpoints().filter((endpoint) => endpoint === 'POST batch')).toHaveLength(2), WAIT);
    controller.abort();

    const results = await checks;
    expect(results.slice(0, 50).every((result) => !(result instanceof Error) && result.isValid)).toBe(true);
    expect(results.slice(50).every((result) => result instanceof GraphDeadlineError)).toBe(true);
    expect(endpoints().filter((endpoint) => endpoint === 'POST batch')).toHaveLength(2);
  });

  it('without a signal, the same failures are retried (the control)', async () => {
    const { token } = harness.userWithToken();
    harness.world.setFaults({ code2Rate: 1 });
    const graph = harness.client({ retryBaseDelayMs: 1 });
    await rejectionOf(graph.getMe(token));
    expect(endpoints()).toEqual(['GET me', 'GET me', 'GET me', 'GET me']);
  });
});
