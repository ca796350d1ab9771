import { createHash, timingSafeEqual } from 'node:crypto';
import { getOperationAST, type DocumentNode, type GraphQLError } from 'graphql';
import { createCounter, createHistogram, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { GraphCallListener, GraphCallOutcome } from '../graph/graph-api.ts';
import { classifyGraphError } from '../graph/classify-error.ts';
import type { Logger } from '../log.ts';
import type { OperationalMetrics, OperationalSnapshot } from '../services/metrics/operational-metrics.ts';

const METRICS_PATH = '/metrics';
const GRAPHQL_PATH = '/graphql';
// Operation names come from clients: past this many distinct ones, the rest share the label "other",
// so no key can grow the registry without bound. (With trusted documents the names are the list's.)
const MAX_OPERATION_NAMES = 200;
// Up to the request deadline (about 15 s) and beyond.
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30];

/** Counts every Graph request by endpoint label and error class; created before the Graph client that it watches. */
export function createGraphRequestMetrics() {
  const counter = new Counter({
    name: 'adsauth_graph_requests_total',
    help: 'Graph API requests by endpoint and error class ("ok": success); each batch item counts as one, and a batch only when it failed as a whole',
    labelNames: ['endpoint', 'error_class'] as const,
    registers: [],
  });
  return {
    counter,
    watching(listener: GraphCallListener): GraphCallListener {
      return {
        onCall(outcome) {
          counter.inc({ endpoint: outcome.endpoint, error_class: errorClassOf(outcome) });
          listener.onCall?.(outcome);
        },
        onUsage(usage) {
          listener.onUsage?.(usage);
        },
      };
    },
  };
}

/**
 * The Graph client reports only the error code, so the class comes from the code alone. A failure
 * without a code (timeout, network error, a response with no Graph error body) is "transport".
 */
function errorClassOf(outcome: GraphCallOutcome): string {
  if (outcome.ok) return 'ok';
  if (outcome.errorCode === undefined) return 'transport';
  const envelope = { code: outcome.errorCode, message: '' };
  return classifyGraphError({ httpStatus: undefined, envelope, usage: undefined }).errorClass.toLowerCase();
}

/**
 * GET /metrics in the Prometheus text format, from a registry of this app's own. ADSAUTH_METRICS_TOKEN
 * is required as a bearer token when set; unset, /metrics is off (404) in live mode and open in sandbox mode.
 */
export function createMetrics(deps: {
  token: string | undefined;
  mode: 'sandbox' | 'live';
  graphRequests: ReturnType<typeof createGraphRequestMetrics>;
  services: { operationalMetrics: OperationalMetrics };
  log: Logger;
}): { plugin: Plugin } {
  const registry = new Registry();
  registry.registerMetric(deps.graphRequests.counter);
  const operationName = boundedLabel(MAX_OPERATION_NAMES);
  const setGauges = operationalGauges(registry);
  const access = metricsAccess(deps.token, deps.mode);

  const endpoint: Plugin = {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== METRICS_PATH) return;
      const allowed = access(request);
      if (allowed === 'off') return endResponse(new Response(null, { status: 404 }));
      if (allowed === 'unauthorized') {
        return endResponse(
          new Response('A valid metrics token is required: send Authorization: Bearer <ADSAUTH_METRICS_TOKEN>\n', {
            status: 401,
            headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="adsauth metrics"' },
          }),
        );
      }
      if (request.method !== 'GET') return endResponse(new Response(null, { status: 405, headers: { allow: 'GET' } }));
      try {
        setGauges(deps.services.operationalMetrics.snapshot());
        const text = await registry.metrics();
        endResponse(new Response(text, { headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' } }));
      } catch (error) {
        deps.log.error({ err: error }, 'metrics could not be collected');
        endResponse(new Response('metrics are unavailable\n', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
      }
    },
  };

  return {
    plugin: {
      onPluginInit({ addPlugin }) {
        addPlugin(endpoint);
        addPlugin(graphqlRequestMetrics(registry, operationName));
        addPlugin(graphqlPhaseMetrics(registry, operationName));
      },
    },
  };
}

type Access = 'open' | 'off' | 'unauthorized';

function metricsAccess(token: string | undefined, mode: 'sandbox' | 'live'): (request: Request) => Access {
  if (token === undefined) return () => (mode === 'sandbox' ? 'open' : 'off');
  // Equal-length digests, so timingSafeEqual neither throws nor tells the token's length.
  const expected = digest(token);
  return (request) => {
    const sent = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    return sent !== undefined && timingSafeEqual(digest(sent), expected) ? 'open' : 'unauthorized';
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Every /graphql request, including those refused before their document ran (no key, an untrusted
 * document, a syntax error, a limit), by operation and outcome: "ok", or the first error's code.
 */
function graphqlRequestMetrics(registry: Registry, operationName: (name: string) => string): Plugin {
  const histogram = new Histogram({
    name: 'adsauth_graphql_request_duration_seconds',
    help: 'GraphQL requests over HTTP by operation and outcome ("ok" or the first error code), and how long they took',
    labelNames: ['operationName', 'operationType', 'outcome'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [registry],
  });
  const startedAt = new WeakMap<Request, number>();
  const operations = new WeakMap<Request, { name: string; type: string }>();
  const outcomes = new WeakMap<Request, string>();
  return {
    onRequest({ request, url }) {
      if (url.pathname === GRAPHQL_PATH) startedAt.set(request, performance.now());
    },
    onParse({ context }) {
      return ({ result }) => {
        if (!isDocument(result)) return;
        const operation = getOperationAST(result, context.params.operationName);
        operations.set(context.request, {
          name: operationName(operation?.name?.value ?? 'Anonymous'),
          type: operation?.operation ?? 'unknown',
        });
      };
    },
    onResultProcess({ request, result }) {
      outcomes.set(request, outcomeOf(result));
    },
    async onResponse({ request, response }) {
      const started = startedAt.get(request);
      // The GraphiQL page is served from /graphql too; it is not a GraphQL request.
      if (started === undefined || (response.headers.get('content-type') ?? '').startsWith('text/html')) return;
      const seconds = (performance.now() - started) / 1000;
      const operation = operations.get(request) ?? { name: 'none', type: 'none' };
      const outcome = outcomes.get(request) ?? (await earlyOutcomeOf(response));
      histogram.observe({ operationName: operation.name, operationType: operation.type, outcome }, seconds);
    },
  };
}

/** A response a plugin sent before yoga ran the request (a missing key, a body too large): its error code, if it has one. */
async function earlyOutcomeOf(response: Response): Promise<string> {
  if (response.status < 400) return 'ok';
  const fallback = `HTTP_${response.status}`;
  if (!(response.headers.get('content-type') ?? '').includes('json')) return fallback;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  const outcome = outcomeOf(body);
  return outcome === 'ok' || outcome === 'ERROR' ? fallback : outcome;
}

function outcomeOf(result: unknown): string {
  const single = Array.isArray(result) ? result[0] : result;
  if (single == null || isAsyncIterable(single)) return 'ok';
  const error = (single as { errors?: readonly GraphQLError[] }).errors?.[0];
  if (!error) return 'ok';
  const code = error.extensions?.code;
  return typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : 'ERROR';
}

/** The plugin's own timings of parse, validate and execute, and its error count by phase, with bounded names. */
function graphqlPhaseMetrics(registry: Registry, operationName: (name: string) => string): Plugin {
  // The plugin names unnamed operations "Anonymous"; "none" means no document was parsed.
  const labels = (params: { operationName?: string; operationType?: string; document?: DocumentNode }) =>
    params.document
      ? { operationName: operationName(params.operationName ?? 'Anonymous'), operationType: params.operationType ?? 'unknown' }
      : { operationName: 'none', operationType: 'none' };
  const phase = <P extends 'parse' | 'validate' | 'execute'>(name: string, help: string, phases: [P]) =>
    createHistogram({ registry, histogram: { name, help, labelNames: ['operationName', 'operationType'] }, fillLabelsFn: labels, phases });
  return usePrometheus({
    registry,
    endpoint: false,
    metrics: {
      graphql_envelop_phase_parse: phase('graphql_envelop_phase_parse', 'Time spent parsing GraphQL documents', ['parse']),
      graphql_envelop_phase_validate: phase('graphql_envelop_phase_validate', 'Time spent validating GraphQL documents', ['validate']),
      graphql_envelop_phase_execute: phase('graphql_envelop_phase_execute', 'Time spent executing GraphQL operations', ['execute']),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: 'graphql_envelop_error_result',
          help: 'GraphQL errors by the phase they came from',
          labelNames: ['operationName', 'operationType', 'phase'],
        },
        fillLabelsFn: (params) => ({ ...labels(params), phase: params.errorPhase ?? 'unknown' }),
      }),
      graphql_envelop_request: false,
      graphql_envelop_request_duration: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
      graphql_yoga_http_duration: false,
    },
  });
}

function isDocument(result: unknown): result is DocumentNode {
  return typeof result === 'object' && result !== null && (result as { kind?: unknown }).kind === 'Document';
}

/** A label value for client-chosen names: the first `limit` distinct names as they are, then "other". */
function boundedLabel(limit: number): (name: string) => string {
  const seen = new Set<string>();
  return (name) => {
    if (seen.has(name)) return name;
    if (seen.size >= limit || name.length > 100) return 'other';
    seen.add(name);
    return name;
  };
}

/** Gauges set from one snapshot of the database, taken at each scrape. */
function operationalGauges(registry: Registry): (snapshot: OperationalSnapshot) => void {
  const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) =>
    new Gauge<L>({ name, help, labelNames, registers: [registry] });
  const authorizations = gauge('adsauth_authorizations', 'Authorizations in every workspace by token state and health', [
    'state',
    'health',
  ]);
  const sweepDuration = gauge(
    'adsauth_last_sweep_duration_seconds',
    'How long the last finished sweep over every workspace took, pauses included (0: none yet)',
  );
  const sweepFinished = gauge(
    'adsauth_last_sweep_finished_timestamp_seconds',
    'When the last sweep over every workspace finished, in Unix seconds (0: none yet)',
  );
  const sweepResult = gauge(
    'adsauth_last_sweep_authorizations',
    'Authorizations the last finished sweep checked, changed and failed to check',
    ['result'],
  );
  const unfinishedSweeps = gauge(
    'adsauth_sweeps_unfinished',
    'Sweep runs that started and have not finished (running, paused or cut short)',
  );
  const outbox = gauge('adsauth_outbox_pending_deliveries', 'Webhook and email deliveries waiting to be made or retried', ['channel']);

  return (snapshot) => {
    authorizations.reset();
    for (const group of snapshot.authorizations) authorizations.set({ state: group.state, health: group.health }, group.count);
    const sweep = snapshot.lastSweep;
    sweepDuration.set(sweep ? (sweep.finishedAt.getTime() - sweep.startedAt.getTime()) / 1000 : 0);
    sweepFinished.set(sweep ? sweep.finishedAt.getTime() / 1000 : 0);
    for (const result of ['checked', 'changed', 'failed'] as const) sweepResult.set({ result }, sweep?.[result] ?? 0);
    unfinishedSweeps.set(snapshot.unfinishedSweeps);
    outbox.set({ channel: 'webhook' }, snapshot.pendingDeliveries.webhook);
    outbox.set({ channel: 'email' }, snapshot.pendingDeliveries.email);
  };
}
