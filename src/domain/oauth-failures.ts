// The expected ways an OAuth completion fails, each with the `error` code that the callback adds to the
// browser's return URL. The completeFacebookOAuth result union and the callback route both read this list.
import {
  CodeExchangeFailed,
  FacebookUserMismatch,
  GraphUnavailable,
  InvalidOAuthState,
  InvalidToken,
  MissingPermissions,
  OAuthDenied,
  ValidationError,
  WrongTokenType,
} from './authorization-errors.ts';

const OAUTH_FAILURES = [
  [ValidationError, 'invalid_request'],
  [InvalidOAuthState, 'invalid_state'],
  [OAuthDenied, 'access_denied'],
  [CodeExchangeFailed, 'code_exchange_failed'],
  [InvalidToken, 'invalid_token'],
  [WrongTokenType, 'wrong_token_type'],
  [MissingPermissions, 'missing_permissions'],
  [FacebookUserMismatch, 'wrong_facebook_user'],
  [GraphUnavailable, 'temporarily_unavailable'],
] as const;

export type OAuthFailure = InstanceType<(typeof OAUTH_FAILURES)[number][0]>;
export type OAuthErrorCode = (typeof OAUTH_FAILURES)[number][1];

export const OAUTH_FAILURE_TYPES = OAUTH_FAILURES.map(([type]) => type);

export function isOAuthFailure(error: unknown): error is OAuthFailure {
  return OAUTH_FAILURE_TYPES.some((type) => error instanceof type);
}

/** The `error` query parameter that tells the return URL why the connection failed. */
export function oauthErrorCode(failure: OAuthFailure): OAuthErrorCode {
  for (const [type, code] of OAUTH_FAILURES) if (failure instanceof type) return code;
  throw new TypeError(`${String(failure)} is not an OAuth failure`);
}
