import { createYoga, type YogaServerInstance, type YogaServerOptions } from 'graphql-yoga';
import type { Context } from './context.ts';
import type { GraphApi } from './graph/graph-api.ts';
import { Loaders } from './loaders.ts';
import type { Logger } from './log.ts';
import { useDashboard } from './routes/dashboard-routes.ts';
import { useMetaCallbackRoutes } from './routes/meta-callback-routes.ts';
import { useOAuthRoutes } from './routes/oauth-routes.ts';
import { getSchema } from './graphql/schema.ts';
import { createServices, type Services, type ServicesDeps, type UseCases } from './services/index.ts';
import type { Viewer } from './services/api-keys/api-keys.ts';
import { useApiKey, viewerOf } from './http/api-key.ts';
import { useBodyLimit } from './http/body-limit.ts';
import { useClientErrorStatus } from './http/client-error-status.ts';
import { useCompiledExecution } from './http/compiled-execution.ts';
import { corsOptions } from './http/cors.ts';
import { createGraphiQLPage } from './http/graphiql-page.ts';
import { introspectionPlugins } from './http/introspection.ts';
import { maskUnexpectedError } from './http/mask-error.ts';
import { createMetrics } from './http/metrics.ts';
import { createGraphRequestMetrics } from './http/metrics/graph-requests.ts';
import { operationLimitPlugins } from './http/operation-limits.ts';
import { useReadiness } from './http/readiness.ts';
import { useSecurityHeaders } from './http/security-headers.ts';
import { trustedDocumentPlugins } from './http/trusted-documents.ts';

export type { FacebookApp } from './services/index.ts';

export interface AppDeps extends Omit<ServicesDeps, 'graphObserver'> {
  /** Sandbox mode: GraphiQL opens with this API key in its headers. */
  graphiqlApiKey?: string;
  /** Renders the GraphiQL page; yoga's default loads its assets from a CDN. */
  renderGraphiQL?: YogaServerOptions<Record<string, never>, Context>['renderGraphiQL'];
}

export interface App {
  yoga: YogaServerInstance<Record<string, never>, Context>;
  /** The use cases that resolvers and routes call. */
  services: UseCases;
  /** Background workers, for `serve` and the CLI. */
  workers: Services['workers'];
  /** The shared kernel and more workers over the same database, for tests and tools. */
  kernel: Services['kernel'];
  newSweeper: Services['newSweeper'];
  newDeliveryWorker: Services['newDeliveryWorker'];
  graph: GraphApi;
}

/** The composition root: every dependency comes in as an argument; nothing here runs at import. */
export function createApp(deps: AppDeps): App {
  const { log } = deps;
  // Counts every Graph request by endpoint and outcome for /metrics.
  const graphMetrics = createGraphRequestMetrics();
  const root = createServices({ ...deps, graphObserver: graphMetrics.watching({}) });
  const services = root.useCases;
  const metrics = createMetrics({
    token: deps.config.http.metricsToken,
    mode: deps.config.mode,
    graphRequests: graphMetrics,
    services,
    log,
  });

  // One child logger per viewer, not per request: the API-key cache hands back the same viewer for up to
  // a second, and pino's child() was a twentieth of a small request's CPU.
  const viewerLogs = new WeakMap<Viewer, Logger>();
  const viewerLog = (viewer: Viewer) => {
    let child = viewerLogs.get(viewer);
    if (!child) viewerLogs.set(viewer, (child = log.child({ workspaceId: viewer.workspaceId, apiKey: viewer.apiKeyName })));
    return child;
  };

  const graphiqlPage = deps.renderGraphiQL ? createGraphiQLPage(deps.renderGraphiQL) : undefined;
  const yoga = createYoga<Record<string, never>, Context>({
    schema: getSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    // Unexpected errors are logged once, by maskError below; yoga's own chatter goes to debug.
    logging: {
      debug: (...args) => log.debug({ yoga: args.map(String) }),
      info: (...args) => log.debug({ yoga: args.map(String) }),
      warn: (...args) => log.warn({ yoga: args.map(String) }),
      error: (...args) => log.debug({ yoga: args.map(String) }),
    },
    graphiql: deps.graphiqlApiKey
      ? {
          title: 'adsauth (sandbox)',
          headers: JSON.stringify({ Authorization: `Bearer ${deps.graphiqlApiKey}` }),
          defaultQuery: GRAPHIQL_QUERY,
        }
      : false,
    ...(graphiqlPage ? { renderGraphiQL: graphiqlPage.render } : {}),
    maskedErrors: { maskError: (error, message) => maskUnexpectedError(error, message, log) },
    cors: corsOptions(deps.config.http.corsOrigins),
    plugins: [
      useSecurityHeaders({ graphiqlHeaders: graphiqlPage?.headers }),
      useBodyLimit(),
      metrics.plugin,
      useReadiness(() => deps.database.ping()),
      useOAuthRoutes({ oauth: services.facebookOAuth, reconnectLinks: services.reconnectLinks, log }),
      useMetaCallbackRoutes({ callbacks: services.metaCallbacks, publicBaseUrl: new URL(deps.facebook.redirectUri).origin, log }),
      useDashboard({
        enabled: deps.config.http.dashboard,
        sandboxApiKey: deps.graphiqlApiKey,
        trustedDocuments: deps.config.http.trustedDocumentsFile !== undefined,
      }),
      useApiKey({ authenticate: (secret) => services.apiKeys.authenticate(secret) }),
      useClientErrorStatus(),
      ...operationLimitPlugins(deps.config.limits),
      ...introspectionPlugins(deps.config.http.introspection),
      ...trustedDocumentPlugins({ file: deps.config.http.trustedDocumentsFile, log }),
      useCompiledExecution(log),
    ],
    context: ({ request }): Context => {
      const viewer = viewerOf(request);
      const graphBudget = services.graphBudgets.forRequest(viewer.apiKeyId);
      return { viewer, services, graphBudget, loaders: new Loaders(services, viewer, graphBudget), log: viewerLog(viewer) };
    },
  });

  return {
    yoga,
    services,
    workers: root.workers,
    kernel: root.kernel,
    newSweeper: root.newSweeper,
    newDeliveryWorker: root.newDeliveryWorker,
    graph: root.kernel.graph,
  };
}

const GRAPHIQL_QUERY = `# adsauth sandbox: the demo world is seeded; the API key is in Headers below.
# docs/sandbox.md shows how to put an authorization into any state.
query Overview {
  viewer { role workspace { name } }
  app { accessLevel { tier adAccountLimit } accountList { used limit } }
  authorizations(first: 10) {
    totalCount
    edges { node { label method health tokenStatus { state expiresAt issues { message remediation { text url } } } } }
  }
}
`;
