import { createYoga, useReadinessCheck, type YogaServerInstance, type YogaServerOptions } from 'graphql-yoga';
import type { DatabaseHandle } from '../db/client.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Context } from './context.ts';
import type { GraphApi } from './graph/graph-api.ts';
import { createHttpGraphApi } from './graph/http-graph-api.ts';
import type { Logger } from './log.ts';
import { createLoaders } from './loaders.ts';
import { useOAuthRoutes } from './routes/oauth-routes.ts';
import { getSchema } from './graphql/schema.ts';
import { createAccountListRepository } from './repositories/account-list.ts';
import { createApiKeyRepository } from './repositories/api-keys.ts';
import { createAppObservationRepository } from './repositories/app-observations.ts';
import { createGraphCallCounterRepository } from './repositories/graph-call-counters.ts';
import { createWorkspaceRepository } from './repositories/workspaces.ts';
import { createAccessLevelServices } from './services/access-levels/module.ts';
import { createAdAccountServices } from './services/ad-accounts/module.ts';
import { createApiKeyService } from './services/api-keys/api-keys.ts';
import { createAuthorizationServices } from './services/authorizations/module.ts';
import { createGraphCallRecorder } from './services/kernel/graph-call-recorder.ts';
import { createHistoryServices } from './services/history/module.ts';
import { createNotificationServices, type DeliveryWorkerOptions } from './services/notifications/module.ts';
import { createThrottlePauseRepository } from './repositories/throttle-pauses.ts';
import { createAuthorizationHealth } from './services/authorizations/authorization-health.ts';
import { createSweepServices, type SweepOptions } from './services/sweep/module.ts';
import { createThrottleGuard, type ThrottleGuard } from './services/kernel/throttle-guard.ts';
import { createMetricsQueryRepository } from './repositories/metrics-queries.ts';
import { createOperationalMetrics } from './services/metrics/operational-metrics.ts';
import { createGraphBudgets } from './services/kernel/graph-budget.ts';
import { createKeyRateLimiter } from './services/kernel/key-rate-limiter.ts';
import { useApiKey, viewerOf } from './http/api-key.ts';
import { useBodyLimit } from './http/body-limit.ts';
import { useClientErrorStatus } from './http/client-error-status.ts';
import { corsOptions } from './http/cors.ts';
import { createGraphiQLPage } from './http/graphiql-page.ts';
import { introspectionPlugins } from './http/introspection.ts';
import { maskUnexpectedError } from './http/mask-error.ts';
import { createGraphRequestMetrics, createMetrics } from './http/metrics.ts';
import { operationLimitPlugins } from './http/operation-limits.ts';
import { useSecurityHeaders } from './http/security-headers.ts';
import { trustedDocumentPlugins } from './http/trusted-documents.ts';

/** The Facebook app that Graph calls are made as: configured, or the sandbox's own. */
export interface FacebookApp {
  appId: string;
  appSecret: string;
  redirectUri: string;
  graphApiVersion: string;
  graphApiUrl: string;
  dialogUrl: string;
  sandbox: boolean;
}

export interface AppDeps {
  database: DatabaseHandle;
  clock: Clock;
  config: Config;
  facebook: FacebookApp;
  log: Logger;
  fetch: typeof globalThis.fetch;
  /** Sandbox mode: GraphiQL opens with this API key in its headers. */
  graphiqlApiKey?: string;
  /** Renders the GraphiQL page; yoga's default loads its assets from a CDN. */
  renderGraphiQL?: YogaServerOptions<Record<string, never>, Context>['renderGraphiQL'];
  /** First retry delay of the Graph client (default 200 ms); tests make it 1 ms. */
  graphRetryBaseDelayMs?: number;
  /** Timing of the webhook and email delivery worker (tests shorten it); `serve` starts the worker. */
  deliveryWorker?: DeliveryWorkerOptions;
  /** The health sweep's settings and how it waits out throttling (tests move their clock). */
  sweep?: SweepOptions;
}

export function createServices(deps: AppDeps & { graph: GraphApi; throttleGuard: ThrottleGuard }) {
  const { db } = deps.database;
  const workspaces = createWorkspaceRepository(db);
  const apiKeys = createApiKeyService({ apiKeys: createApiKeyRepository(db), workspaces, clock: deps.clock });
  const { config, facebook } = deps;
  if (!config.encryptionKeys) throw new Error('createApp needs ADSAUTH_ENCRYPTION_KEYS (sandbox mode generates a key file)');
  const authorizationServices = createAuthorizationServices({
    db,
    graph: deps.graph,
    clock: deps.clock,
    encryptionKeys: config.encryptionKeys,
    oauth: {
      appId: facebook.appId,
      redirectUri: facebook.redirectUri,
      dialogBaseUrl: facebook.dialogUrl,
      graphApiVersion: facebook.graphApiVersion,
      allowedReturnUrls: config.allowedReturnUrls,
      expiryWarningDays: config.expiryWarningDays,
    },
    // The ad-account sync after every stored or re-checked token; built below, called only later.
    afterTokenStored: (row, actor, signal) => adAccountServices.adAccountSync.afterTokenStored(row, actor, signal),
    registrationWarnings: (token, input, signal) => accessLevelServices.systemUserUsage.registrationWarnings(token, input, signal),
    minRecheckSeconds: config.budgets.minRecheckSeconds,
  });
  const accessLevelServices = createAccessLevelServices({
    db,
    graph: deps.graph,
    clock: deps.clock,
    cipher: authorizationServices.cipher,
    app: { appId: facebook.appId, graphApiVersion: facebook.graphApiVersion, sandbox: facebook.sandbox },
    configuredTier: config.accessLevel,
    policyOverrides: config.accessPolicy,
  });
  const { accountList } = accessLevelServices;
  const adAccountServices = createAdAccountServices({
    db,
    graph: deps.graph,
    clock: deps.clock,
    log: deps.log,
    cipher: authorizationServices.cipher,
    accountList,
    reconnectLinks: authorizationServices.reconnectLinks,
    recorder: authorizationServices.recorder,
  });
  const notificationServices = createNotificationServices({
    db,
    clock: deps.clock,
    cipher: authorizationServices.cipher,
    recorder: authorizationServices.recorder,
    reconnectLinks: authorizationServices.reconnectLinks,
    log: deps.log,
    allowPrivateWebhooks: config.webhooks.allowPrivate,
    email: { smtpUrl: config.smtpUrl, from: config.emailFrom },
    worker: deps.deliveryWorker,
  });
  const historyServices = createHistoryServices({ db, clock: deps.clock, retentionDays: config.historyDays, recorder: authorizationServices.recorder });
  const sweepServices = createSweepServices({
    db,
    graph: deps.graph,
    clock: deps.clock,
    log: deps.log,
    cipher: authorizationServices.cipher,
    checker: authorizationServices.checker,
    recorder: authorizationServices.recorder,
    adAccountSync: adAccountServices.adAccountSync,
    throttleGuard: deps.throttleGuard,
    pruneHistory: () => historyServices.history.prune(),
    expiryWarningDays: config.expiryWarningDays,
    expiryWarningThresholds: config.sweep.expiryWarningThresholds,
    options: { ...deps.sweep, settings: { concurrency: config.sweep.concurrency, ...deps.sweep?.settings } },
  });
  const authorizationHealth = createAuthorizationHealth(config.sweep.unknownAfterFailures);
  // Each GraphQL request's deadline, and what each API key may spend of the app's Graph budget.
  const graphBudgets = createGraphBudgets({
    limiter: createKeyRateLimiter({ perMinute: config.budgets.keyGraphCallsPerMinute, clock: deps.clock }),
    throttleGuard: deps.throttleGuard,
    requestDeadlineMs: config.budgets.requestDeadlineMs,
    requestUsageCeilingPercent: config.budgets.requestUsageCeilingPercent,
  });
  return { graphBudgets, apiKeys, workspaces, ...accessLevelServices, ...authorizationServices, ...adAccountServices, ...notificationServices, ...historyServices, ...sweepServices, authorizationHealth, operationalMetrics: createOperationalMetrics({ queries: createMetricsQueryRepository(db), health: authorizationHealth }) };
}

export type Services = ReturnType<typeof createServices>;

export interface App {
  yoga: YogaServerInstance<Record<string, never>, Context>;
  services: Services;
  graph: GraphApi;
}

/** The composition root: every dependency comes in as an argument; nothing here runs at import. */
export function createApp(deps: AppDeps): App {
  const { facebook, log } = deps;
  const recorder = createGraphCallRecorder({
    counters: createGraphCallCounterRepository(deps.database.db),
    accountList: createAccountListRepository(deps.database.db),
    observations: createAppObservationRepository(deps.database.db),
    clock: deps.clock,
    appId: facebook.appId,
    log,
  });
  // Sees every Graph response, so the sweep honours throttling that any request ran into.
  const throttleGuard = createThrottleGuard({ pauses: createThrottlePauseRepository(deps.database.db), clock: deps.clock, log });
  // Counts every Graph request by endpoint and outcome for /metrics.
  const graphMetrics = createGraphRequestMetrics();
  const graph = createHttpGraphApi({
    fetch: deps.fetch,
    baseUrl: facebook.graphApiUrl,
    version: facebook.graphApiVersion,
    appId: facebook.appId,
    appSecret: facebook.appSecret,
    timeoutMs: deps.config.graphTimeoutMs,
    retryBaseDelayMs: deps.graphRetryBaseDelayMs,
    listener: graphMetrics.watching(throttleGuard.watching(recorder)),
  });
  const services = createServices({ ...deps, graph, throttleGuard });
  const metrics = createMetrics({ token: deps.config.http.metricsToken, mode: deps.config.mode, graphRequests: graphMetrics, services, log });

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
      ? { title: 'adsauth (sandbox)', headers: JSON.stringify({ Authorization: `Bearer ${deps.graphiqlApiKey}` }), defaultQuery: GRAPHIQL_QUERY }
      : false,
    ...(graphiqlPage ? { renderGraphiQL: graphiqlPage.render } : {}),
    maskedErrors: { maskError: (error, message) => maskUnexpectedError(error, message, log) },
    cors: corsOptions(deps.config.http.corsOrigins),
    plugins: [
      useSecurityHeaders({ graphiqlHeaders: graphiqlPage?.headers }),
      useBodyLimit(),
      metrics.plugin,
      useReadinessCheck({ endpoint: '/readyz', check: () => deps.database.ping() }),
      useOAuthRoutes({ oauth: services.facebookOAuth, reconnectLinks: services.reconnectLinks, log }),
      useApiKey({ authenticate: (secret) => services.apiKeys.authenticate(secret) }),
      useClientErrorStatus(),
      ...operationLimitPlugins(deps.config.limits),
      ...introspectionPlugins(deps.config.http.introspection),
      ...trustedDocumentPlugins({ file: deps.config.http.trustedDocumentsFile, log }),
    ],
    context: ({ request }): Context => {
      const viewer = viewerOf(request);
      const graphBudget = services.graphBudgets.forRequest(viewer.apiKeyId);
      return {
        viewer,
        services,
        graphBudget,
        loaders: createLoaders(services, viewer, graphBudget),
        log: log.child({ workspaceId: viewer.workspaceId, apiKey: viewer.apiKeyName }),
      };
    },
  });

  return { yoga, services, graph };
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

