import type { Plugin } from 'graphql-yoga';
import type { GraphCallListener } from '../graph/graph-api.ts';
import type { Logger } from '../log.ts';

/** Stub: counts Graph requests by endpoint and error class. */
export function createGraphRequestMetrics() {
  return {
    watching(listener: GraphCallListener): GraphCallListener {
      return listener;
    },
  };
}

/** Stub: GET /metrics. */
export function createMetrics(_deps: {
  token: string | undefined;
  mode: 'sandbox' | 'live';
  graphRequests: ReturnType<typeof createGraphRequestMetrics>;
  services: object;
  log: Logger;
}): { plugin: Plugin } {
  return { plugin: {} };
}
