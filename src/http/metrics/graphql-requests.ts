import type { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Histogram, type Registry } from 'prom-client';
import { isDocument, NOT_PARSED, type OperationLabeller, type OperationLabels } from './operation-labels.ts';

const GRAPHQL_PATH = '/graphql';
// Up to the request deadline (about 15 s) and beyond.
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30];

interface Timed {
  startedAt: number;
  operation?: OperationLabels;
  outcome?: string;
}

/**
 * Every /graphql request, including those refused before their document ran (no key, an untrusted
 * document, a syntax error, a limit), by operation and outcome: "ok", or the first error's code.
 */
export function graphqlRequestMetrics(registry: Registry, labelsOf: OperationLabeller): Plugin {
  const histogram = new Histogram({
    name: 'adsauth_graphql_request_duration_seconds',
    help: 'GraphQL requests over HTTP by operation and outcome ("ok" or the first error code), and how long they took',
    labelNames: ['operationName', 'operationType', 'outcome'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [registry],
  });
  const requests = new WeakMap<Request, Timed>();
  return {
    onRequest({ request, url }) {
      if (url.pathname === GRAPHQL_PATH) requests.set(request, { startedAt: performance.now() });
    },
    onParse({ context }) {
      return ({ result }) => {
        const timed = requests.get(context.request);
        if (timed && isDocument(result)) timed.operation = labelsOf(result, context.params.operationName);
      };
    },
    onResultProcess({ request, result }) {
      const timed = requests.get(request);
      if (timed) timed.outcome = outcomeOf(result);
    },
    async onResponse({ request, response }) {
      const timed = requests.get(request);
      // The GraphiQL page is served from /graphql too; it is not a GraphQL request.
      if (timed === undefined || (response.headers.get('content-type') ?? '').startsWith('text/html')) return;
      const seconds = (performance.now() - timed.startedAt) / 1000;
      const outcome = timed.outcome ?? (await earlyOutcomeOf(response));
      histogram.observe({ ...(timed.operation ?? NOT_PARSED), outcome }, seconds);
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
