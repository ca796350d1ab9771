// Webhook signatures the way Stripe signs: HMAC-SHA256 of `${timestamp}.${body}` with the webhook's
// secret, sent as `adsauth-signature: t=<unix seconds>,v1=<hex>`. The timestamp is inside the signed
// text so a captured delivery cannot be replayed later under a fresh timestamp.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'adsauth-signature';
export const EVENT_ID_HEADER = 'adsauth-event-id';
export const EVENT_TYPE_HEADER = 'adsauth-event-type';
/** How old a signature may be when verified, as Stripe's libraries default to. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** A fresh signing secret; `whsec_` makes it recognisable when pasted into the wrong place. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function computeSignature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${computeSignature(secret, timestamp, body)}`;
}

/**
 * What a receiver does: recompute the HMAC over the raw body and compare in constant time, and
 * refuse a timestamp further than `toleranceSeconds` from now. Any v1 entry may match (there is
 * room for two during a secret rotation).
 */
export function verifySignature(input: {
  header: string | null | undefined;
  body: string;
  secret: string;
  nowSeconds: number;
  toleranceSeconds?: number;
}): boolean {
  const parts = (input.header ?? '').split(',').map((part) => part.trim().split('='));
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1]);
  if (!Number.isInteger(timestamp)) return false;
  if (Math.abs(input.nowSeconds - timestamp) > (input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(computeSignature(input.secret, timestamp, input.body), 'hex');
  return parts
    .filter(([key, value]) => key === 'v1' && value !== undefined && /^[0-9a-f]{64}$/.test(value))
    .some(([, value]) => timingSafeEqual(Buffer.from(value!, 'hex'), expected));
}
