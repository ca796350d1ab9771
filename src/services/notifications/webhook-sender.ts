// One webhook attempt: the JSON body (never a token), its Stripe-style signature, and a POST that
// gives up after a timeout. Success is any 2xx; a redirect is not followed and counts as a failure.
// A private address is refused before anything is sent, so the log never shows what it answered.
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { EventRow } from '../../repositories/events.ts';
import { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, signatureHeader } from './webhook-signature.ts';
import { connectLookup, PrivateAddressRefused, refusedBeforeLookup, type ResolveHost } from './webhook-url-guard.ts';

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** `final`: no retry will help, the delivery is FAILED at once. */
export type AttemptOutcome =
  { ok: true; statusCode: number | null } | { ok: false; statusCode: number | null; error: string; final?: boolean };

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

export interface SenderDeps {
  timers: Timers;
  timeoutMs: number;
  /** ADSAUTH_WEBHOOK_ALLOW_PRIVATE: when false, private addresses are refused at connect time. */
  allowPrivate: boolean;
  resolveHost: ResolveHost;
}

export async function postWebhook(
  deps: SenderDeps,
  endpoint: { url: string; secret: string },
  event: EventRow,
  now: Date,
): Promise<AttemptOutcome> {
  const url = new URL(endpoint.url);
  if (refusedBeforeLookup(url, deps.allowPrivate)) return BLOCKED;
  const body = JSON.stringify(webhookPayload(event));
  const timestamp = Math.floor(now.getTime() / 1000);
  const controller = new AbortController();
  const timer = deps.timers.setTimeout(() => controller.abort(), deps.timeoutMs);
  try {
    const status = await post(url, body, {
      signal: controller.signal,
      lookup: connectLookup(deps.resolveHost, deps.allowPrivate),
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'adsauth-webhooks/1',
        [SIGNATURE_HEADER]: signatureHeader(endpoint.secret, timestamp, body),
        [EVENT_ID_HEADER]: event.id,
        [EVENT_TYPE_HEADER]: event.type,
      },
    });
    if (status >= 200 && status < 300) return { ok: true, statusCode: status };
    const redirect = status >= 300 && status < 400 ? ' (redirects are not followed)' : '';
    return { ok: false, statusCode: status, error: `HTTP ${status}${redirect}` };
  } catch (error) {
    if (error instanceof PrivateAddressRefused) return BLOCKED;
    if (controller.signal.aborted) return { ok: false, statusCode: null, error: `no answer within ${deps.timeoutMs} ms` };
    return { ok: false, statusCode: null, error: `could not connect: ${networkReason(error)}` };
  } finally {
    deps.timers.clearTimeout(timer);
  }
}

// Final: the address will not become allowed by waiting, and nothing was sent to learn from.
const BLOCKED: AttemptOutcome = { ok: false, statusCode: null, error: 'blocked: private address', final: true };

/**
 * One POST over node:http(s), whose `lookup` option is the only way to check the address a socket
 * really connects to (fetch takes no lookup). Redirects are never followed. Resolves with the
 * status as soon as it arrives; the receiver's body is not read.
 */
function post(
  url: URL,
  body: string,
  options: { signal: AbortSignal; lookup: LookupFunction; headers: OutgoingHttpHeaders },
): Promise<number> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // A fresh connection each time (no pooled socket): every delivery goes through the lookup.
    const request = send(url, { method: 'POST', agent: false, ...options }, (response) => {
      resolve(response.statusCode ?? 0);
      response.destroy();
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** The system error code (ECONNREFUSED, ENOTFOUND …), never the URL, which may carry a secret path. */
function networkReason(error: unknown): string {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  if (typeof code === 'string') return code;
  return typeof cause?.code === 'string' ? cause.code : 'network error';
}
