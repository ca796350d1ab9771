import type { Plugin } from 'graphql-yoga';
import { Registry } from 'prom-client';
import type { Logger } from '../log.ts';
import type { OperationalMetrics } from '../services/metrics/operational-metrics.ts';
import { metricsEndpoint } from './metrics/endpoint.ts';
import type { GraphRequestMetrics } from './metrics/graph-requests.ts';
import { graphqlPhaseMetrics } from './metrics/graphql-phases.ts';
import { graphqlRequestMetrics } from './metrics/graphql-requests.ts';
import { operationalGauges } from './metrics/operational-gauges.ts';
import { operationLabeller } from './metrics/operation-labels.ts';

// Client-chosen operation names get their own series up to this many; the rest count as "other".
const MAX_OPERATION_NAMES = 200;

/**
 * What GET /metrics serves, from a registry of this app's own: GraphQL requests and their phases,
 * Graph requests (counted by the client's listener, `graphRequests`), and gauges read from the
 * database at each scrape.
 */
export function createMetrics(deps: {
  token: string | undefined;
  mode: 'sandbox' | 'live';
  graphRequests: GraphRequestMetrics;
  services: { operationalMetrics: OperationalMetrics };
  log: Logger;
}): { plugin: Plugin } {
  const registry = new Registry();
  registry.registerMetric(deps.graphRequests.counter);
  const labelsOf = operationLabeller(MAX_OPERATION_NAMES);
  const setGauges = operationalGauges(registry);
  const plugins = [
    metricsEndpoint({
      registry,
      token: deps.token,
      mode: deps.mode,
      beforeScrape: () => setGauges(deps.services.operationalMetrics.snapshot()),
      log: deps.log,
    }),
    graphqlRequestMetrics(registry, labelsOf),
    graphqlPhaseMetrics(registry, labelsOf),
  ];
  return {
    plugin: {
      onPluginInit({ addPlugin }) {
        for (const plugin of plugins) addPlugin(plugin);
      },
    },
  };
}
