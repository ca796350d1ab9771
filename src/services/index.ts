// The composition root of the services: the kernel first, then each feature module in dependency
// order, each given what it needs as arguments. Nothing is reached through a closure over a module
// built later. The GraphQL layer gets the use cases; `serve` gets the background workers.
import type { DatabaseHandle } from '../../db/client.ts';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { GraphCallListener } from '../graph/graph-api.ts';
import type { Logger } from '../log.ts';
import { allowedReturnUrls } from '../domain/oauth-dialog.ts';
import { createApiKeyRepository } from '../repositories/api-keys.ts';
import { createAuthorizationRepository } from '../repositories/authorizations.ts';
import { createOrderedAuthorizationRepository } from '../repositories/authorizations-ordered.ts';
import { createEventRepository } from '../repositories/events.ts';
import { createLeaseRepository } from '../repositories/leases.ts';
import { createMetricsQueryRepository } from '../repositories/metrics-queries.ts';
import { createSweepRunRepository } from '../repositories/sweep-runs.ts';
import { createWorkspaceRepository } from '../repositories/workspaces.ts';
import { createAccessLevelServices } from './access-levels/module.ts';
import { createAdAccountServices } from './ad-accounts/module.ts';
import { createApiKeyService } from './api-keys/api-keys.ts';
import { createWorkspaceService } from './api-keys/workspaces.ts';
import { createAuthorizationList } from './authorization-list/authorization-list.ts';
import { createAuthorizationSummary } from './authorization-summary/authorization-summary.ts';
import { createAuthorizationHealth } from './authorizations/authorization-health.ts';
import { createAuthorizationModule } from './authorizations/module.ts';
import { createHistoryServices } from './history/module.ts';
import { createGraphBudgets } from './kernel/graph-budget.ts';
import { createKeyRateLimiter } from './kernel/key-rate-limiter.ts';
import { createKernel, type FacebookApp } from './kernel/module.ts';
import { createMetaCallbackServices } from './meta-callbacks/module.ts';
import { createOperationalMetrics } from './metrics/operational-metrics.ts';
import { createNotificationServices, type DeliveryWorkerOptions } from './notifications/module.ts';
import { createSweepServices, type SweepOptions } from './sweep/module.ts';
import { createSweepStatus } from './sweep/sweep-status.ts';

export type { FacebookApp } from './kernel/module.ts';

export interface ServicesDeps {
  database: DatabaseHandle;
  clock: Clock;
  config: Config;
  facebook: FacebookApp;
  log: Logger;
  fetch: typeof globalThis.fetch;
  /** First retry delay of the Graph client (default 200 ms); tests make it 1 ms. */
  graphRetryBaseDelayMs?: number;
  /** Told about every Graph response too (the metrics). */
  graphObserver?: GraphCallListener;
  /** Timing of the webhook and email delivery worker (tests shorten it); `serve` starts the worker. */
  deliveryWorker?: DeliveryWorkerOptions;
  /** The health sweep's settings and how it waits out throttling (tests move their clock). */
  sweep?: SweepOptions;
}

export function createServices(deps: ServicesDeps) {
  const { config, facebook, clock, log } = deps;
  const { db } = deps.database;
  if (!config.encryptionKeys) throw new Error('createServices needs ADSAUTH_ENCRYPTION_KEYS (sandbox mode generates a key file)');
  const kernel = createKernel({
    db,
    clock,
    log,
    fetch: deps.fetch,
    facebook,
    encryptionKeys: config.encryptionKeys,
    graphTimeoutMs: config.graphTimeoutMs,
    graphRetryBaseDelayMs: deps.graphRetryBaseDelayMs,
    graphObserver: deps.graphObserver,
  });
  const { graph, cipher, recorder, reconnectLinks, throttleGuard } = kernel;

  const workspaces = createWorkspaceRepository(db);
  const apiKeys = createApiKeyService({ apiKeys: createApiKeyRepository(db), workspaces, clock });
  const access = createAccessLevelServices({
    db,
    graph,
    clock,
    cipher,
    app: { appId: facebook.appId, graphApiVersion: facebook.graphApiVersion, sandbox: facebook.sandbox },
    businessId: config.facebook.businessId,
    log,
    configuredTier: config.accessLevel,
    policyOverrides: config.accessPolicy,
    flushGraphCalls: kernel.graphCalls.flush,
  });
  const adAccounts = createAdAccountServices({
    db,
    graph,
    clock,
    log,
    cipher,
    accountList: access.accountList,
    reconnectLinks,
    recorder,
    pixelStaleDays: config.pixelStaleDays,
  });
  const authorizationHealth = createAuthorizationHealth(config.sweep.unknownAfterFailures);
  const authorizations = createAuthorizationModule(kernel, {
    oauth: {
      appId: facebook.appId,
      redirectUri: facebook.redirectUri,
      dialogBaseUrl: facebook.dialogUrl,
      graphApiVersion: facebook.graphApiVersion,
      allowedReturnUrls: allowedReturnUrls(config.allowedReturnUrls, { served: config.http.dashboard, redirectUri: facebook.redirectUri }),
      expiryWarningDays: config.expiryWarningDays,
      loginConfigId: facebook.loginConfigId,
      businessLoginConfigId: facebook.businessLoginConfigId,
      sandboxDialog: facebook.sandbox,
    },
    minRecheckSeconds: config.budgets.minRecheckSeconds,
    afterTokenStored: adAccounts.adAccountSync.afterTokenStored,
    registrationWarnings: access.systemUserUsage.registrationWarnings,
    health: authorizationHealth,
  });
  const metaCallbacks = createMetaCallbackServices({
    db,
    graph,
    clock,
    log,
    recorder,
    appSecret: facebook.appSecret,
    webhookVerifyToken: facebook.webhookVerifyToken,
    afterTokenStored: adAccounts.adAccountSync.afterTokenStored,
    checker: authorizations.checker,
    health: authorizationHealth.of,
  });
  const notifications = createNotificationServices({
    db,
    clock,
    cipher,
    recorder,
    reconnectLinks,
    log,
    allowPrivateWebhooks: config.webhooks.allowPrivate,
    email: { smtpUrl: config.smtpUrl, from: config.emailFrom },
    worker: deps.deliveryWorker,
  });
  const history = createHistoryServices({ db, clock, retentionDays: config.historyDays, recorder });
  const newSweeper = (options: SweepOptions = {}) =>
    createSweepServices({
      db,
      graph,
      clock,
      log,
      cipher,
      checker: authorizations.checker,
      recorder,
      adAccountSync: adAccounts.adAccountSync,
      throttleGuard,
      pruneHistory: () => history.history.prune(),
      refreshApp: () => access.appReadiness.refresh(),
      flushGraphCalls: kernel.graphCalls.flush,
      expiryWarningDays: config.expiryWarningDays,
      expiryWarningThresholds: config.sweep.expiryWarningThresholds,
      health: authorizationHealth.of,
      options: { ...options, settings: { concurrency: config.sweep.concurrency, ...options.settings } },
    });
  const sweep = newSweeper(deps.sweep);
  const authorizationRows = createAuthorizationRepository(db);
  // Each GraphQL request's deadline, and what each API key may spend of the app's Graph budget.
  const graphBudgets = createGraphBudgets({
    limiter: createKeyRateLimiter({ perMinute: config.budgets.keyGraphCallsPerMinute, clock }),
    throttleGuard,
    requestDeadlineMs: config.budgets.requestDeadlineMs,
    requestUsageCeilingPercent: config.budgets.requestUsageCeilingPercent,
  });

  /** What the GraphQL layer and the OAuth routes may call. */
  const useCases = {
    apiKeys,
    workspaces: createWorkspaceService({ workspaces }),
    graphBudgets,
    authorizationHealth,
    authorizationSummary: createAuthorizationSummary({ authorizations: authorizationRows, health: authorizationHealth, clock }),
    authorizationList: createAuthorizationList({
      ordered: createOrderedAuthorizationRepository(db),
      authorizations: authorizationRows,
      health: authorizationHealth,
      clock,
    }),
    reconnectLinks,
    authorizations: authorizations.authorizations,
    facebookOAuth: authorizations.facebookOAuth,
    systemUserTokens: authorizations.systemUserTokens,
    metaCallbacks,
    adAccounts: adAccounts.adAccounts,
    adAccountSync: adAccounts.adAccountSync,
    adAccountRefresh: adAccounts.adAccountRefresh,
    accessLevels: access.accessLevels,
    appReadiness: access.appReadiness,
    apiUsage: access.apiUsage,
    accountList: access.accountList,
    systemUserUsage: access.systemUserUsage,
    webhooks: notifications.webhooks,
    history: history.history,
    sweepStatus: createSweepStatus({
      runs: createSweepRunRepository(db),
      leases: createLeaseRepository(db),
      events: createEventRepository(db),
      clock,
      intervalMs: config.sweep.intervalMs,
    }),
    liveEvents: history.liveEvents,
    operationalMetrics: createOperationalMetrics({ queries: createMetricsQueryRepository(db), health: authorizationHealth }),
  };
  /** Background work: `serve` starts and stops these; the CLI runs the sweep once. */
  const workers = {
    deliveryWorker: notifications.deliveryWorker,
    sweep: sweep.sweep,
    expiryWarnings: sweep.expiryWarnings,
    /** Checks batches of tokens with debug_token, as the sweep does (the sweep benchmark times it alone). */
    tokenChecker: authorizations.checker,
    /** Sweeps every intervalMs (0 = never), counted from the newest run in the database. */
    startSweepSchedule: sweep.startSweepSchedule,
  };
  return {
    useCases,
    workers,
    kernel,
    /** Another sweeper over the same database, as a second process would have (its own lease holder). */
    newSweeper: (options?: SweepOptions) => newSweeper(options).sweep,
    /** Another delivery worker over the same database, e.g. with fake timers or a short timeout. */
    newDeliveryWorker: notifications.newDeliveryWorker,
  };
}

export type Services = ReturnType<typeof createServices>;
export type UseCases = Services['useCases'];
