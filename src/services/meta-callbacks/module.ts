// Meta's calls to the gateway: the business integration webhooks and the Facebook Login callbacks.
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../clock.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import type { Logger } from '../../log.ts';
import { createAuthorizationRepository } from '../../repositories/authorizations.ts';
import { createMetaCallbackRepository } from '../../repositories/meta-callbacks.ts';
import { createTransactionRunner } from '../../repositories/transaction.ts';
import type { AfterTokenStored } from '../authorizations/after-token-stored.ts';
import type { HealthOf } from '../authorizations/authorization-events.ts';
import type { TokenChecker } from '../authorizations/token-checker.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import { createBusinessIntegrationRecheck } from './business-integration-recheck.ts';
import { createIntegrationWebhooks } from './integration-webhooks.ts';
import { createLoginCallbacks } from './login-callbacks.ts';
import { createWebhookSubscriptions } from './webhook-subscriptions.ts';

export function createMetaCallbackServices(deps: {
  db: Db;
  graph: GraphApi;
  clock: Clock;
  log: Logger;
  recorder: EventRecorder;
  appSecret: string;
  /** FACEBOOK_WEBHOOK_VERIFY_TOKEN; undefined: the webhook endpoint is off. */
  webhookVerifyToken: string | undefined;
  afterTokenStored: AfterTokenStored;
  checker: TokenChecker;
  /** Health as Authorization.health shows it: Meta's revokes record its changes. */
  health: HealthOf;
}) {
  const authorizations = createAuthorizationRepository(deps.db);
  const metaCallbacks = createMetaCallbackRepository(deps.db);
  const transaction = createTransactionRunner(deps.db);
  const recheck = createBusinessIntegrationRecheck(deps);
  return {
    webhookVerifyToken: deps.webhookVerifyToken,
    integrationWebhooks: createIntegrationWebhooks({ ...deps, authorizations, receipts: metaCallbacks, transaction, recheck }),
    businessIntegrationRecheck: recheck,
    loginCallbacks: createLoginCallbacks({ ...deps, authorizations, requests: metaCallbacks, transaction }),
    webhookSubscriptions: createWebhookSubscriptions({ graph: deps.graph, verifyToken: deps.webhookVerifyToken }),
  };
}

export type MetaCallbackServices = ReturnType<typeof createMetaCallbackServices>;
