import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { RefreshAuthorization } from '../authorizations/documents.ts';
import { setupAuthorizationTest } from '../authorizations/support.ts';
import { gql, gqlErrors, gqlResponse } from '../helpers/gql.ts';
import { createTestApp, type TestAppOptions, LIVE_MODE_ENV } from '../helpers/test-app.ts';
import { ViewerQuery } from '../integration/documents.ts';
import { CreateWebhook, Webhooks } from '../notifications/documents.ts';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';
// Live mode without reaching Facebook: a configured app makes loadConfig choose live mode, while the
// test app still points its Graph client at the sandbox.

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition (the label values here need no unescaping). */
function parseExposition(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not an exposition line: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

/** The value of the one sample with exactly these labels; undefined when there is none. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter(
    (s) =>
      s.name === name &&
      Object.keys(s.labels).length === Object.keys(labels).length &&
      Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  if (found.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} matches ${found.length} samples`);
  return found[0]?.value;
}

async function scrape(app: Pick<App, 'yoga'>, headers: Record<string, string> = {}) {
  const response = await app.yoga.fetch('http://127.0.0.1/metrics', { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('GET /metrics', () => {
  it('counts GraphQL requests by operation and outcome, Graph requests by endpoint and class, and reads authorizations, the last sweep and the outbox', async () => {
    const t = await setupAuthorizationTest({ env: { ADSAUTH_UNKNOWN_AFTER_FAILURES: '1' } });
    const admin = t.createApiKey({ role: 'ADMIN', name: 'admin' });
    const hook = await gql(t.app, CreateWebhook, { input: { url: 'http://127.0.0.1:9/hook' } }, { apiKey: admin });
    expect(hook.createWebhook.__typename).toBe('CreateWebhookPayload');

    // GraphQL: 3 registrations (each checks its token with Graph), 2 Viewer queries, 1 invalid, 1 without a key.
    const [, expiring, flaky] = [await t.registerSystemUser(), await t.registerSystemUser(), await t.registerSystemUser()];
    await gql(t.app, ViewerQuery, {}, { apiKey: t.apiKey });
    await gql(t.app, ViewerQuery, {}, { apiKey: admin });
    const invalid = await t.yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: '{ viewer { noSuchField } }' }),
    });
    expect(((await invalid.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    expect((await gqlErrors(t.app, ViewerQuery, {}, {})).codes).toEqual(['UNAUTHENTICATED']);

    // The sweep finds the expired token; the test clock moves 90 s while it runs.
    t.world.expireToken(expiring.token);
    let moved = false;
    const sweep = await t.workers.sweep.run({ onProgress: () => void (moved ||= (t.clock.advance(90_000), true)) });
    expect(sweep).toMatchObject({ status: 'FINISHED', visited: 3 });
    const finishedAt = t.clock.now().getTime() / 1000;

    // One re-check while Graph answers 500 to everything: one failure makes its health UNKNOWN here.
    t.world.setFaults({ http500Rate: 1 });
    await gql(t.app, RefreshAuthorization, { input: { id: flaky.authorization.id } }, { apiKey: t.apiKey });
    t.world.setFaults({ http500Rate: 0 });

    const scraped = await scrape(t.app);
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parseExposition(scraped.text);
    const requests = (operationName: string, operationType: string, outcome: string) =>
      valueOf(samples, 'adsauth_graphql_request_duration_seconds_count', { operationName, operationType, outcome });

    expect(requests('RegisterSystemUserToken', 'mutation', 'ok')).toBe(3);
    expect(requests('CreateWebhook', 'mutation', 'ok')).toBe(1);
    expect(requests('Viewer', 'query', 'ok')).toBe(2);
    expect(requests('RefreshAuthorization', 'mutation', 'ok')).toBe(1);
    expect(requests('Anonymous', 'query', 'GRAPHQL_VALIDATION_FAILED')).toBe(1);
    expect(
      samples.filter((s) => s.name === 'adsauth_graphql_request_duration_seconds_count' && s.labels.outcome === 'UNAUTHENTICATED'),
    ).toHaveLength(1);
    expect(
      valueOf(samples, 'adsauth_graphql_request_duration_seconds_bucket', {
        operationName: 'Viewer',
        operationType: 'query',
        outcome: 'ok',
        le: '+Inf',
      }),
    ).toBe(2);
    expect(valueOf(samples, 'graphql_envelop_phase_execute_count', { operationName: 'Viewer', operationType: 'query' })).toBe(2);
    expect(
      valueOf(samples, 'graphql_envelop_error_result', { operationName: 'Anonymous', operationType: 'query', phase: 'validate' }),
    ).toBe(1);

    // Graph requests: the same counts as the sandbox's own log. Batch items count one by one, so a
    // batch request counts itself only when it failed as a whole (here: the 500s of the re-check).
    const CLASS_BY_CODE: Record<number, string> = { 1: 'transient', 2: 'transient', 190: 'reauth' };
    const expected = new Map<string, number>();
    for (const call of t.world.calls().filter((c) => c.endpoint !== 'POST batch' || c.status >= 400)) {
      const errorClass = call.errorCode === undefined ? 'ok' : CLASS_BY_CODE[call.errorCode];
      if (!errorClass) throw new Error(`the sandbox answered an error code this test does not expect: ${call.errorCode}`);
      const key = `${call.endpoint} ${errorClass}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const counted = new Map(
      samples
        .filter((s) => s.name === 'adsauth_graph_requests_total')
        .map((s) => [`${s.labels.endpoint} ${s.labels.error_class}`, s.value]),
    );
    expect(counted).toEqual(expected);
    expect(counted.get('GET debug_token ok')).toBe(6);
    expect(counted.get('POST batch transient')).toBeGreaterThanOrEqual(1);

    expect(valueOf(samples, 'adsauth_authorizations', { state: 'VALID', health: 'HEALTHY' })).toBe(1);
    expect(valueOf(samples, 'adsauth_authorizations', { state: 'VALID', health: 'UNKNOWN' })).toBe(1);
    expect(valueOf(samples, 'adsauth_authorizations', { state: 'EXPIRED', health: 'UNHEALTHY' })).toBe(1);
    expect(valueOf(samples, 'adsauth_authorizations', { state: 'REVOKED', health: 'UNHEALTHY' })).toBe(0);
    expect(samples.filter((s) => s.name === 'adsauth_authorizations').reduce((sum, s) => sum + s.value, 0)).toBe(3);

    expect(valueOf(samples, 'adsauth_last_sweep_duration_seconds')).toBe(90);
    expect(valueOf(samples, 'adsauth_last_sweep_finished_timestamp_seconds')).toBe(finishedAt);
    expect(valueOf(samples, 'adsauth_last_sweep_authorizations', { result: 'checked' })).toBe(3);
    expect(valueOf(samples, 'adsauth_last_sweep_authorizations', { result: 'changed' })).toBe(1);
    expect(valueOf(samples, 'adsauth_last_sweep_authorizations', { result: 'failed' })).toBe(0);
    expect(valueOf(samples, 'adsauth_sweeps_unfinished')).toBe(0);

    // No delivery worker runs in this test, so every delivery the webhook's log shows is still pending.
    const log = await gql(t.app, Webhooks, { deliveriesFirst: 50 }, { apiKey: admin });
    const pending = log.webhooks.edges[0]!.node.deliveries.edges.filter(({ node }) => node.status === 'PENDING').length;
    expect(pending).toBeGreaterThanOrEqual(4);
    expect(valueOf(samples, 'adsauth_outbox_pending_deliveries', { channel: 'webhook' })).toBe(pending);
    expect(valueOf(samples, 'adsauth_outbox_pending_deliveries', { channel: 'email' })).toBe(0);
  });

  it('reports 0 for the sweep until one has finished', async () => {
    const t = await createTestApp();
    const samples = parseExposition((await scrape(t.app)).text);
    expect(valueOf(samples, 'adsauth_last_sweep_duration_seconds')).toBe(0);
    expect(valueOf(samples, 'adsauth_last_sweep_finished_timestamp_seconds')).toBe(0);
    expect(valueOf(samples, 'adsauth_authorizations', { state: 'VALID', health: 'HEALTHY' })).toBe(0);
  });

  it('times parse, validate and execute by operation, and counts GraphQL errors by the phase they came from', async () => {
    const t = await createTestApp();
    const key = t.createApiKey({ role: 'VIEWER' });
    const post = (query: string) =>
      t.yoga.fetch('http://127.0.0.1/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query }),
      });
    await post('query Role { viewer { role } }');
    // A syntax error: no document, so no operation to name.
    const broken = await post('query Broken { viewer {');
    expect(((await broken.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    // Two errors from resolvers, in one result.
    const badIds = await post('query BadIds { a: node(id: "not-a-global-id") { id } b: node(id: "nor-this") { id } }');
    expect(((await badIds.json()) as { errors: unknown[] }).errors).toHaveLength(2);

    const samples = parseExposition((await scrape(t.app)).text);
    const role = { operationName: 'Role', operationType: 'query' };
    for (const phase of ['parse', 'validate', 'execute']) expect(valueOf(samples, `graphql_envelop_phase_${phase}_count`, role)).toBe(1);
    const errors = (labels: Record<string, string>) => valueOf(samples, 'graphql_envelop_error_result', labels);
    expect(errors({ operationName: 'none', operationType: 'none', phase: 'parse' })).toBe(1);
    expect(errors({ operationName: 'BadIds', operationType: 'query', phase: 'execute' })).toBe(2);
    expect(samples.filter((s) => s.name === 'graphql_envelop_error_result' && s.labels.operationName === 'Role')).toEqual([]);
  });

  it('gives client-chosen operation names at most 200 series; the rest count as "other"', async () => {
    const t = await createTestApp();
    const key = t.createApiKey({ role: 'VIEWER' });
    for (let i = 0; i < 210; i++) {
      const response = await gqlResponse(t.app, ViewerQuery, {}, { apiKey: key });
      expect(response.status).toBe(200);
      await t.yoga.fetch('http://127.0.0.1/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: `query Op${i} { viewer { role } }` }),
      });
    }
    const samples = parseExposition((await scrape(t.app)).text).filter((s) => s.name === 'adsauth_graphql_request_duration_seconds_count');
    expect(new Set(samples.map((s) => s.labels.operationName)).size).toBe(201);
    expect(
      valueOf(samples, 'adsauth_graphql_request_duration_seconds_count', {
        operationName: 'Viewer',
        operationType: 'query',
        outcome: 'ok',
      }),
    ).toBe(210);
    expect(
      valueOf(samples, 'adsauth_graphql_request_duration_seconds_count', { operationName: 'other', operationType: 'query', outcome: 'ok' }),
    ).toBe(11);
  });
});

describe('who may read /metrics', () => {
  async function app(options: TestAppOptions) {
    const t = await createTestApp(options);
    return { t, apiKey: t.createApiKey({ role: 'OPERATOR', name: 'ops' }) };
  }

  it('live mode without ADSAUTH_METRICS_TOKEN: off (404), whatever is sent', async () => {
    const { t, apiKey } = await app({ env: LIVE_MODE_ENV });
    expect(t.config.mode).toBe('live');
    expect((await scrape(t.app)).status).toBe(404);
    expect((await scrape(t.app, { authorization: `Bearer ${apiKey}` })).status).toBe(404);
    expect((await scrape(t.app, { authorization: `Bearer ${METRICS_TOKEN}` })).status).toBe(404);
  });

  it('live mode with ADSAUTH_METRICS_TOKEN: the token as a bearer token, and no API key needed', async () => {
    const { t, apiKey } = await app({ env: { ...LIVE_MODE_ENV, ADSAUTH_METRICS_TOKEN: METRICS_TOKEN } });
    expect(t.config.mode).toBe('live');
    const granted = await scrape(t.app, { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(granted.status).toBe(200);
    expect(granted.text).toContain('# TYPE adsauth_graph_requests_total counter');
    expect(granted.headers.get('cache-control')).toBe('no-store');

    const refusedHeaders: Record<string, string>[] = [
      {},
      { authorization: `Bearer ${METRICS_TOKEN}x` },
      { authorization: `Bearer ${METRICS_TOKEN.slice(0, -1)}X` },
      { authorization: 'Bearer short' },
      { authorization: `Basic ${Buffer.from(`metrics:${METRICS_TOKEN}`).toString('base64')}` },
      // An API key, even an OPERATOR's, is not the metrics token.
      { authorization: `Bearer ${apiKey}` },
    ];
    for (const headers of refusedHeaders) {
      const refused = await scrape(t.app, headers);
      expect(refused.status, JSON.stringify(headers)).toBe(401);
      expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer /);
      expect(refused.text).not.toContain('adsauth_');
      expect(refused.text).not.toContain(METRICS_TOKEN);
    }
    const posted = await t.yoga.fetch('http://127.0.0.1/metrics', {
      method: 'POST',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(posted.status).toBe(405);
  });

  it('sandbox mode: open without a token, and the token is required once set', async () => {
    const open = await createTestApp();
    expect(open.config.mode).toBe('sandbox');
    expect((await scrape(open.app)).status).toBe(200);

    const guarded = await createTestApp({ env: { ADSAUTH_METRICS_TOKEN: METRICS_TOKEN } });
    expect((await scrape(guarded.app)).status).toBe(401);
    expect((await scrape(guarded.app, { authorization: `Bearer ${METRICS_TOKEN}` })).status).toBe(200);
  });

  it('is served over real HTTP too', async () => {
    const t = await createTestApp({ env: { ...LIVE_MODE_ENV, ADSAUTH_METRICS_TOKEN: METRICS_TOKEN } });
    const url = await t.listen();
    const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('adsauth_outbox_pending_deliveries{channel="webhook"} 0');
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
  });
});
