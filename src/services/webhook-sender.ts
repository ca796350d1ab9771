// One webhook attempt: the JSON body (never a token), its Stripe-style signature, and a POST that
// gives up after a timeout. Success is any 2xx; a redirect is not followed and counts as a failure.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { EventRow } from '../repositories/events.ts';
import { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, signatureHeader } from './webhook-signature.ts';

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export type AttemptOutcome = { ok: true; statusCode: number | null } | { ok: false; statusCode: number | null; error: string };

/** The body receivers get. Ids are the API's global ids, so they can be passed to node(id). */
export function webhookPayload(event: EventRow) {
  return {
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    workspaceId: encodeGlobalID('Workspace', event.workspaceId),
    authorizationId: event.authorizationId ? encodeGlobalID('Authorization', event.authorizationId) : null,
    actor: event.actor,
    data: event.data,
  };
}

export async function postWebhook(
  deps: { fetch: typeof globalThis.fetch; timers: Timers; timeoutMs: number },
  endpoint: { url: string; secret: string },
  event: EventRow,
  now: Date,
): Promise<AttemptOutcome> {
  const body = JSON.stringify(webhookPayload(event));
  const timestamp = Math.floor(now.getTime() / 1000);
  const controller = new AbortController();
  const timer = deps.timers.setTimeout(() => controller.abort(), deps.timeoutMs);
  try {
    const response = await deps.fetch(endpoint.url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: controller.signal,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'adsauth-webhooks/1',
        [SIGNATURE_HEADER]: signatureHeader(endpoint.secret, timestamp, body),
        [EVENT_ID_HEADER]: event.id,
        [EVENT_TYPE_HEADER]: event.type,
      },
    });
    // The receiver's answer is not kept: only its status matters.
    await response.body?.cancel().catch(() => {});
    if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status };
    const redirect = response.status >= 300 && response.status < 400 ? ' (redirects are not followed)' : '';
    return { ok: false, statusCode: response.status, error: `HTTP ${response.status}${redirect}` };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, statusCode: null, error: `no answer within ${deps.timeoutMs} ms` };
    return { ok: false, statusCode: null, error: `could not connect: ${networkReason(error)}` };
  } finally {
    deps.timers.clearTimeout(timer);
  }
}

/** The system error code (ECONNREFUSED, ENOTFOUND …), never the URL, which may carry a secret path. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : 'network error';
}
