import { Counter } from 'prom-client';
import { classifyGraphError } from '../../graph/classify-error.ts';
import type { GraphCallListener, GraphCallOutcome } from '../../graph/graph-api.ts';

export type GraphRequestMetrics = ReturnType<typeof createGraphRequestMetrics>;

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
