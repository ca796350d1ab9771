// Batch items, per-item headers and timeouts against a scripted loopback server (deterministic).
import { afterEach, describe, expect, it } from 'vitest';
import { GraphClientError, GraphTimeoutError, GraphTransientError } from '../../src/graph/errors.ts';
import { createHttpGraphApi } from '../../src/graph/http-graph-api.ts';
import { startScriptedServer, type ScriptedServer } from './scripted-server.ts';
import { createRecorder, rejectionOf } from './support.ts';

const TOKEN = 'EAAbatchtoken';
let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(answer: Parameters<typeof startScriptedServer>[0], timeoutMs = 1_000) {
  server = await startScriptedServer(answer);
  const recorder = createRecorder();
  const graph = createHttpGraphApi({
    fetch: recorder.fetch,
    baseUrl: server.url,
    version: 'v26.0',
    appId: '1',
    appSecret: 'secret',
    retryBaseDelayMs: 1,
    timeoutMs,
    listener: recorder.listener,
  });
  return { graph, recorder, server };
}

const itemsOf = (body: string) => JSON.parse(new URLSearchParams(body).get('batch')!) as { relative_url: string }[];
const ok = (id: string) => ({ code: 200, headers: [], body: JSON.stringify({ id }) });

describe('batch items', () => {
  it('re-queues null items and keeps results in input order', async () => {
    // First round: the second item is not executed; the second round runs only that item.
    const { graph, server, recorder } = await clientFor((request, index) => {
      const items = itemsOf(request.body);
      return { body: items.map((item, i) => (index === 0 && i === 1 ? null : ok(item.relative_url))) };
    });
    const results = await graph.batch(
      TOKEN,
      ['1', '2', '3'].map((id) => ({ method: 'GET' as const, relativeUrl: id })),
    );
    expect(results).toEqual(['1', '2', '3'].map((id) => ({ ok: true, status: 200, body: { id } })));
    expect(server.received.map((r) => itemsOf(r.body).map((i) => i.relative_url))).toEqual([['1', '2', '3'], ['2']]);
    // Each item is a call; the envelope is not.
    expect(recorder.calls.map((c) => [c.endpoint, c.ok, c.batchItem])).toEqual([
      ['GET {id}', true, true],
      ['GET {id}', false, true],
      ['GET {id}', true, true],
      ['GET {id}', true, true],
    ]);
  });

  it('gives up on an item that stays null after 3 re-queues', async () => {
    const { graph, server } = await clientFor((request) => ({ body: itemsOf(request.body).map(() => null) }));
    const [result] = await graph.batch(TOKEN, [{ method: 'GET', relativeUrl: 'me' }]);
    expect(result?.ok).toBe(false);
    expect(!result?.ok && result?.error).toBeInstanceOf(GraphTransientError);
    expect(server.received).toHaveLength(4);
  });

  it('classifies error items with their own headers and parses per-item usage', async () => {
    const buc = JSON.stringify({
      '42': [{ type: 'ads_management', call_count: 100, estimated_time_to_regain_access: 4, ads_api_access_tier: 'development_access' }],
    });
    const { graph, recorder } = await clientFor(() => ({
      body: [
        {
          code: 400,
          headers: [{ name: 'X-Business-Use-Case-Usage', value: buc }],
          body: JSON.stringify({ error: { message: 'too many', code: 80004, error_subcode: 2446079 } }),
        },
        { code: 400, headers: [], body: JSON.stringify({ error: { message: '(#100) bad', code: 100, error_subcode: 33 } }) },
        ok('act_42'),
      ],
    }));
    const [throttled, bad, fine] = await graph.batch(TOKEN, [
      { method: 'GET', relativeUrl: 'act_42?fields=id' },
      { method: 'GET', relativeUrl: 'act_43' },
      { method: 'GET', relativeUrl: 'act_44' },
    ]);
    expect(!throttled?.ok && throttled?.error).toMatchObject({
      errorClass: 'THROTTLE',
      code: 80004,
      scope: 'ad_account',
      objectId: '42',
      retryAfterMs: 240_000,
    });
    expect(!bad?.ok && bad?.error).toBeInstanceOf(GraphClientError);
    expect(fine).toEqual({ ok: true, status: 200, body: { id: 'act_42' } });
    expect(recorder.usage.map((u) => u.adsApiAccessTier)).toEqual(['development_access']);
    expect(recorder.calls.map((c) => [c.endpoint, c.errorCode, c.adAccountId])).toEqual([
      ['GET act_{id}', 80004, '42'],
      ['GET act_{id}', 100, '43'],
      ['GET act_{id}', undefined, '44'],
    ]);
  });

  it('splits more than 50 items into requests of at most 50', async () => {
    const { graph, server } = await clientFor((request) => ({ body: itemsOf(request.body).map((item) => ok(item.relative_url)) }));
    const ids = Array.from({ length: 101 }, (_, i) => String(1000 + i));
    const results = await graph.batch(
      TOKEN,
      ids.map((id) => ({ method: 'GET' as const, relativeUrl: id })),
    );
    expect(results.map((r) => r.ok && (r.body as { id: string }).id)).toEqual(ids);
    expect(server.received.map((r) => itemsOf(r.body).length)).toEqual([50, 50, 1]);
  });
});

describe('timeouts', () => {
  it('aborts a slow call after timeoutMs with GraphTimeoutError, and retries it', async () => {
    // The client gives up on each attempt before its answer; it reports the last attempt's
    // failure as soon as it aborts it, possibly before that request reached the server, so the
    // server's count is read once it has seen the fourth.
    let fourthArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (fourthArrived = resolve));
    const { graph, server, recorder } = await clientFor((_request, index) => {
      if (index === 3) fourthArrived();
      return { delayMs: 500, body: { id: '1' } };
    }, 50);
    const error = await rejectionOf(graph.getMe(TOKEN));
    // Had the client waited, the answer ({ id: '1' }) would have resolved the call: the error is
    // the proof that it aborted, whatever the machine's speed (no wall-clock assertion).
    expect(error).toBeInstanceOf(GraphTimeoutError);
    expect(error.message).toBe('Graph call GET me timed out after 50 ms');
    expect(recorder.requests).toHaveLength(4);
    expect(recorder.calls).toHaveLength(4);
    expect(recorder.calls.every((c) => !c.ok)).toBe(true);
    await arrived;
    expect(server.received).toHaveLength(4);
  });
});
