import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../clock.ts';

// A reconnect link lets a person re-authorize from an email or a dashboard without an API key:
// it names one authorization, expires, and is signed so it cannot be pointed at another one.
const LINK_TTL_MS = 7 * 86_400_000;
export const RECONNECT_PATH = '/oauth/facebook/reconnect/';
// Relative, so a gateway served under a path prefix keeps it.
const RECONNECT_RELATIVE = RECONNECT_PATH.slice(1);

export function deriveLinkSigningKey(encryptionKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), 'adsauth reconnect links', 32));
}

export function createReconnectLinks(deps: { baseUrl: string; signingKey: Buffer; clock: Clock }) {
  const sign = (authorizationId: string, expires: number) =>
    createHmac('sha256', deps.signingKey).update(`${authorizationId}.${expires}`).digest('base64url');

  return {
    /** Expiry is rounded to the day so the link is stable across reads on one day. */
    linkFor(authorizationId: string): string {
      const day = 86_400_000;
      const expires = Math.ceil((deps.clock.now().getTime() + LINK_TTL_MS) / day) * day;
      const url = new URL(RECONNECT_RELATIVE, deps.baseUrl);
      url.searchParams.set('authorization', authorizationId);
      url.searchParams.set('expires', String(expires / 1000));
      url.searchParams.set('sig', sign(authorizationId, expires / 1000));
      return url.toString();
    },

    /** The authorization id a link names, or undefined if it is forged or expired. */
    verify(params: URLSearchParams): string | undefined {
      const id = params.get('authorization');
      const expires = Number(params.get('expires'));
      const sig = params.get('sig') ?? '';
      if (!id || !Number.isFinite(expires) || expires * 1000 <= deps.clock.now().getTime()) return undefined;
      const expected = Buffer.from(sign(id, expires));
      const given = Buffer.from(sig);
      return expected.length === given.length && timingSafeEqual(expected, given) ? id : undefined;
    },
  };
}

export type ReconnectLinks = ReturnType<typeof createReconnectLinks>;
