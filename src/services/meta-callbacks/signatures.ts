// The two ways Meta signs what it sends to the app (docs/login-for-business.md), both HMAC-SHA256 keyed
// with the app secret and compared in constant time: X-Hub-Signature-256 over a webhook's raw bytes,
// and the signed_request of the Facebook Login callbacks.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The webhook endpoint check's verify token, compared in constant time. */
export function isVerifyToken(given: string, expected: string): boolean {
  return sameBytes(Buffer.from(given), Buffer.from(expected));
}

type SignatureCheck = 'valid' | 'missing' | 'invalid';

/** `sha256=<hex>` over exactly the bytes received. */
export function checkHubSignature(rawBody: Uint8Array, header: string | null, appSecret: string): SignatureCheck {
  if (!header) return 'missing';
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!match) return 'invalid';
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return sameBytes(Buffer.from(match[1]!, 'hex'), expected) ? 'valid' : 'invalid';
}

const signedPayload = z.object({
  algorithm: z.string(),
  issued_at: z.number().int().optional(),
  user_id: z.union([z.string(), z.number().transform(String)]),
});

/** What a valid signed_request says; undefined when it is malformed, forged, or not HMAC-SHA256. */
export function readSignedRequest(signedRequest: string, appSecret: string): { userId: string; issuedAt: number | undefined } | undefined {
  const [signature, payload, extra] = signedRequest.split('.');
  if (!signature || !payload || extra !== undefined) return undefined;
  const expected = createHmac('sha256', appSecret).update(payload).digest();
  if (!sameBytes(Buffer.from(signature, 'base64url'), expected)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = signedPayload.safeParse(json);
  if (!parsed.success || parsed.data.algorithm.toUpperCase() !== 'HMAC-SHA256') return undefined;
  return { userId: parsed.data.user_id, issuedAt: parsed.data.issued_at };
}
