// What the delivery worker and each delivery attempt are built from: their settings and their ports.
import type { Clock } from '../../clock.ts';
import type { Logger } from '../../log.ts';
import type { AuthorizationRow } from '../../repositories/authorizations.ts';
import type { DeliveryRepository } from '../../repositories/deliveries.ts';
import type { EventRepository } from '../../repositories/events.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './delivery-retry-policy.ts';
import type { EmailNotifier } from './email-notifier.ts';
import type { NotificationContent } from './notification-content.ts';
import type { Timers } from './webhook-sender.ts';
import type { ResolveHost } from './webhook-url-guard.ts';
import type { WebhookService } from './webhooks.ts';

export interface DeliveryWorkerSettings {
  concurrency: number;
  attemptTimeoutMs: number;
  /** Pending rows are looked for at least this often, besides the wake-up after each event. */
  pollIntervalMs: number;
  retry: RetryPolicy;
}

export const DEFAULT_WORKER_SETTINGS: DeliveryWorkerSettings = {
  concurrency: 4,
  attemptTimeoutMs: 10_000,
  pollIntervalMs: 30_000,
  retry: DEFAULT_RETRY_POLICY,
};

export interface DeliveryWorkerDeps {
  deliveries: DeliveryRepository;
  events: EventRepository;
  authorizations: { findAnywhere(id: string): AuthorizationRow | undefined };
  webhooks: Pick<WebhookService, 'endpoint'>;
  email: EmailNotifier;
  content: NotificationContent;
  clock: Clock;
  /** ADSAUTH_WEBHOOK_ALLOW_PRIVATE: false refuses private addresses when each delivery connects. */
  allowPrivate: boolean;
  /** How webhook host names are resolved (node:dns by default); tests inject one to play DNS rebinding. */
  resolveHost: ResolveHost;
  log: Logger;
  onRecorded(listener: () => void): () => void;
  timers?: Timers;
  random?: () => number;
  settings?: Partial<DeliveryWorkerSettings>;
}
