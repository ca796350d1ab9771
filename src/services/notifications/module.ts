// Wires webhooks, email and the delivery worker to their repositories: one call from the composition root.
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../clock.ts';
import type { Logger } from '../../log.ts';
import { createAuthorizationRepository } from '../../repositories/authorizations.ts';
import { createDeliveryRepository } from '../../repositories/deliveries.ts';
import { createEventRepository } from '../../repositories/events.ts';
import { createWebhookRepository } from '../../repositories/webhooks.ts';
import { DEFAULT_WORKER_SETTINGS, type DeliveryWorkerDeps } from './delivery-settings.ts';
import { createDeliveryWorker } from './delivery-worker.ts';
import { createEmailNotifier } from './email-notifier.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import { createNotificationContent } from './notification-content.ts';
import type { ReconnectLinks } from '../kernel/reconnect-links.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';
import { resolveWithDns, type ResolveHost } from './webhook-url-guard.ts';
import { createWebhookService } from './webhooks.ts';

/**
 * What tests may change about a worker: its timing, its timers and its randomness. `resolveHost`
 * given to createNotificationServices also serves createWebhook's check of the URL's host.
 */
export type DeliveryWorkerOptions = Pick<DeliveryWorkerDeps, 'timers' | 'random' | 'settings'> & { resolveHost?: ResolveHost };

export function createNotificationServices(deps: {
  db: Db;
  clock: Clock;
  cipher: TokenCipher;
  recorder: EventRecorder;
  reconnectLinks: ReconnectLinks;
  log: Logger;
  /** ADSAUTH_WEBHOOK_ALLOW_PRIVATE */
  allowPrivateWebhooks: boolean;
  email: { smtpUrl: string | undefined; from: string };
  worker?: DeliveryWorkerOptions;
}) {
  const deliveries = createDeliveryRepository(deps.db);
  const allowPrivate = deps.allowPrivateWebhooks;
  const resolveHost = deps.worker?.resolveHost ?? resolveWithDns;
  const webhooks = createWebhookService({
    webhooks: createWebhookRepository(deps.db),
    deliveries,
    cipher: deps.cipher,
    clock: deps.clock,
    allowPrivate,
    resolveHost,
  });
  const timeoutMs = deps.worker?.settings?.attemptTimeoutMs ?? DEFAULT_WORKER_SETTINGS.attemptTimeoutMs;
  const email = createEmailNotifier({ ...deps.email, timeoutMs, log: deps.log });
  const content = createNotificationContent({ reconnectLinkFor: (id) => deps.reconnectLinks.linkFor(id) });
  const workerDeps = {
    deliveries,
    events: createEventRepository(deps.db),
    authorizations: createAuthorizationRepository(deps.db),
    webhooks,
    email,
    content,
    clock: deps.clock,
    allowPrivate,
    resolveHost,
    log: deps.log,
    onRecorded: (listener: () => void) => deps.recorder.onRecorded(listener),
  };

  return {
    webhooks,
    /** Not started: `serve` starts it, tests call runOnce() or start it themselves. */
    deliveryWorker: createDeliveryWorker({ ...workerDeps, ...deps.worker }),
    /** Another worker over the same database, e.g. with fake timers or a short timeout. */
    newDeliveryWorker: (options: DeliveryWorkerOptions = {}) => createDeliveryWorker({ ...workerDeps, ...options }),
  };
}
