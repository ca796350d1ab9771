// One attempt at one outbox row: claim it, send it (webhook POST or email), and record the outcome:
// DELIVERED, PENDING with the next time to try, or FAILED once the retry window is over (or at once
// when retrying cannot help, as for a webhook blocked on a private address).
import type { Logger } from '../../log.ts';
import type { DeliveryRow } from '../../repositories/deliveries.ts';
import type { EventRow } from '../../repositories/events.ts';
import { nextAttemptAt } from './delivery-retry-policy.ts';
import type { DeliveryWorkerDeps, DeliveryWorkerSettings } from './delivery-settings.ts';
import { postWebhook, type AttemptOutcome, type Timers } from './webhook-sender.ts';

// A claimed row is left alone this long past the attempt's timeout; if its worker died, it is retried then.
const LEASE_MARGIN_MS = 30_000;

type AttemptDeps = Pick<
  DeliveryWorkerDeps,
  'deliveries' | 'events' | 'authorizations' | 'webhooks' | 'email' | 'content' | 'clock' | 'allowPrivate' | 'resolveHost'
> & {
  settings: DeliveryWorkerSettings;
  timers: Timers;
  random: () => number;
  log: Logger;
};

/** Returns `attempt(row)`: false when another worker had already claimed the row. */
export function createDeliveryAttempt(deps: AttemptDeps) {
  const { settings, timers, random, log } = deps;

  async function deliver(row: DeliveryRow, event: EventRow): Promise<AttemptOutcome | undefined> {
    if (row.channel === 'webhook') {
      const endpoint = deps.webhooks.endpoint(row.webhookId!);
      if (!endpoint) return undefined; // deleted meanwhile: its rows went with it
      const sender = { timers, timeoutMs: settings.attemptTimeoutMs, allowPrivate: deps.allowPrivate, resolveHost: deps.resolveHost };
      return postWebhook(sender, endpoint, event, deps.clock.now());
    }
    const found = event.authorizationId ? deps.authorizations.findAnywhere(event.authorizationId) : undefined;
    const authorization = found?.workspaceId === event.workspaceId ? found : undefined;
    try {
      await deps.email.send({ to: row.emailTo!, ...deps.content.email(event, authorization) });
      return { ok: true, statusCode: null };
    } catch (error) {
      return { ok: false, statusCode: null, error: `email not accepted: ${(error as Error).message}`.slice(0, 300) };
    }
  }

  async function attempt(row: DeliveryRow): Promise<boolean> {
    const leaseUntil = new Date(deps.clock.now().getTime() + settings.attemptTimeoutMs + LEASE_MARGIN_MS);
    if (!deps.deliveries.claim(row, leaseUntil)) return false;
    const event = deps.events.find(row.eventId);
    let outcome: AttemptOutcome | undefined;
    try {
      outcome = event ? await deliver(row, event) : { ok: false, statusCode: null, error: 'the event no longer exists' };
    } catch (error) {
      log.error({ err: error, deliveryId: row.id }, 'notification could not be prepared');
      outcome = { ok: false, statusCode: null, error: 'internal error (see the adsauth log)' };
    }
    if (outcome) settle(row, outcome);
    return true;
  }

  function settle(row: DeliveryRow, outcome: AttemptOutcome): void {
    const now = deps.clock.now();
    const attempts = row.attempts + 1;
    const context = { deliveryId: row.id, eventId: row.eventId, channel: row.channel, webhookId: row.webhookId, attempts };
    if (outcome.ok) {
      deps.deliveries.update(row.id, {
        status: 'DELIVERED',
        attempts,
        deliveredAt: now,
        nextAttemptAt: now,
        lastError: null,
        lastStatusCode: outcome.statusCode,
      });
      log.debug(context, 'notification delivered');
      return;
    }
    const next = outcome.final
      ? undefined
      : nextAttemptAt({ createdAt: row.createdAt, failedAttempts: attempts, now }, settings.retry, random);
    const patch = { attempts, lastError: outcome.error, lastStatusCode: outcome.statusCode };
    if (next) {
      deps.deliveries.update(row.id, { ...patch, nextAttemptAt: next });
      log.warn({ ...context, error: outcome.error, nextAttemptAt: next.toISOString() }, 'notification not delivered; will retry');
    } else {
      deps.deliveries.update(row.id, { ...patch, status: 'FAILED', nextAttemptAt: now });
      const why = outcome.final ? 'not retried' : 'retried for the whole retry window';
      log.error({ ...context, error: outcome.error }, `notification FAILED: ${why}`);
    }
  }

  return attempt;
}
