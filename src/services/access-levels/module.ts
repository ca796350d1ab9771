// Wires the access-level use cases (level, account list, API usage, system-user limits): one call
// from the composition root.
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../clock.ts';
import { applyOverrides, DEFAULT_ACCESS_LEVELS, type AccessPolicyOverrides, type AccessTier } from '../../domain/access-levels.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import { createAccountListRepository } from '../../repositories/account-list.ts';
import { createAppObservationRepository } from '../../repositories/app-observations.ts';
import { createAuthorizationRepository } from '../../repositories/authorizations.ts';
import { createGraphCallCounterRepository } from '../../repositories/graph-call-counters.ts';
import { createTransactionRunner } from '../../repositories/transaction.ts';
import type { Logger } from '../../log.ts';
import { createAccessLevelService } from './access-levels.ts';
import { createAppReadinessService } from './app-readiness.ts';
import { createAccountListService } from './account-list.ts';
import { createApiUsageService } from './api-usage.ts';
import { createSystemUserUsageService } from './system-user-usage.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';

export function createAccessLevelServices(deps: {
  db: Db;
  graph: GraphApi;
  clock: Clock;
  cipher: TokenCipher;
  app: { appId: string; graphApiVersion: string; sandbox: boolean };
  /** FACEBOOK_BUSINESS_ID: the business whose verification Query.app shows. */
  businessId: string | undefined;
  log: Logger;
  configuredTier: AccessTier | undefined;
  policyOverrides: AccessPolicyOverrides;
  /** Writes the Graph call counts still kept in memory, so that a read sees every call. */
  flushGraphCalls: () => void;
}) {
  const { db, clock } = deps;
  const apiUsage = createApiUsageService({
    counters: createGraphCallCounterRepository(db),
    flushGraphCalls: deps.flushGraphCalls,
    clock,
    appId: deps.app.appId,
  });
  const accessLevels = createAccessLevelService({
    ...deps.app,
    observations: createAppObservationRepository(db),
    levels: applyOverrides(DEFAULT_ACCESS_LEVELS, deps.policyOverrides),
    configuredTier: deps.configuredTier,
    callTotals: () => apiUsage.lastWindow(),
  });
  const policy = () => accessLevels.current().policy;
  return {
    accessLevels,
    appReadiness: createAppReadinessService({
      graph: deps.graph,
      observations: createAppObservationRepository(db),
      clock,
      log: deps.log,
      appId: deps.app.appId,
      graphApiVersion: deps.app.graphApiVersion,
      businessId: deps.businessId,
    }),
    apiUsage,
    accountList: createAccountListService({
      accountList: createAccountListRepository(db),
      clock,
      transaction: createTransactionRunner(db),
      limit: () => policy().adAccountLimit,
    }),
    systemUserUsage: createSystemUserUsageService({
      graph: deps.graph,
      authorizations: createAuthorizationRepository(db),
      cipher: deps.cipher,
      policy,
    }),
  };
}
