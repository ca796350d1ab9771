// Token strings, appsecret_proof (docs/graph-api.md "appsecret_proof") and the 190 messages of docs/graph-api.md "debug_token examples" / "Error classes".
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SandboxInvalidation, SandboxTokenInfo } from './types.ts';

/** A Graph-looking token: `EAAB` + base64url, with the optional marker inside (for leak tests). */
export function newAccessToken(marker?: string, seed?: string): string {
  const random = seed === undefined ? randomBytes(72) : createHash('sha512').update(seed).digest().subarray(0, 54);
  const body = random.toString('base64url');
  return marker ? `EAAB${body.slice(0, 24)}${marker}${body.slice(24)}` : `EAAB${body}`;
}

/** Authorization codes look like Meta's: `AQ` + a long base64url string. */
export function newAuthorizationCode(): string {
  return `AQ${randomBytes(96).toString('base64url')}`;
}

export function appsecretProof(appSecret: string, accessToken: string): string {
  return createHmac('sha256', appSecret).update(accessToken).digest('hex');
}

export function proofMatches(appSecret: string, accessToken: string, proof: string): boolean {
  const expected = Buffer.from(appsecretProof(appSecret, accessToken));
  const given = Buffer.from(proof.toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A stored token: `invalidation` holds explicit invalidations only; expiry follows from expiresAt and the clock. */
export type TokenRecord = SandboxTokenInfo;

/** The 190 subcode a token answers with right now, or undefined when it works. */
export function tokenProblem(token: TokenRecord, nowSec: number): SandboxInvalidation | undefined {
  if (token.invalidation !== undefined) return token.invalidation;
  if (token.expiresAt !== 0 && token.expiresAt <= nowSec) return 463;
  return undefined;
}

export function isDataAccessExpired(token: TokenRecord, nowSec: number): boolean {
  return token.dataAccessExpiresAt !== 0 && token.dataAccessExpiresAt <= nowSec;
}

const PREFIX = 'Error validating access token: ';

/** Verbatim where a source gives the text (460, 463, 466 from [S8]); the others follow Graph's wording (UNVERIFIED). */
export function tokenProblemMessage(subcode: SandboxInvalidation, token: TokenRecord, nowMs: number): string {
  switch (subcode) {
    case 463:
      return `${PREFIX}Session has expired on ${graphDate(token.expiresAt * 1000)}. The current time is ${graphDate(nowMs)}.`;
    case 460:
      return `${PREFIX}The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.`;
    case 466:
      return `${PREFIX}The session was invalidated explicitly using an API call.`;
    case 458:
      return `${PREFIX}User ${token.userId ?? ''} has not authorized application ${token.appId}.`;
    case 459:
      return `${PREFIX}You cannot access the app till you log in to www.facebook.com and follow the instructions given.`;
    case 464:
      return `${PREFIX}Sessions for the user ${token.userId ?? ''} are not allowed because the user is not a confirmed user.`;
    case 467:
      return `${PREFIX}The session is invalid because the user logged out.`;
    case 492:
      return `${PREFIX}The session is invalid because the user does not have a role on the Page.`;
  }
}

const pacific = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Los_Angeles',
  weekday: 'long',
  day: '2-digit',
  month: 'short',
  year: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/** Graph's format in 463 messages: `Tuesday, 17-Jan-23 04:33:08 PST`. */
export function graphDate(ms: number): string {
  const part = Object.fromEntries(pacific.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return `${part.weekday}, ${part.day}-${part.month}-${part.year} ${part.hour}:${part.minute}:${part.second} ${part.timeZoneName}`;
}
