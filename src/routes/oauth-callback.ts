import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  CodeExchangeFailed,
  FacebookUserMismatch,
  GraphUnavailable,
  InvalidOAuthState,
  InvalidToken,
  OAuthDenied,
  ValidationError,
  WrongTokenType,
} from '../domain/authorization-errors.ts';
import { DomainError } from '../domain/errors.ts';
import { healthOf, type TokenState } from '../domain/token-state.ts';
import type { AuthorizationRow } from '../repositories/authorizations.ts';
import { stateReason } from '../services/authorizations/authorization-events.ts';
import { OAUTH_ACTOR } from '../domain/events.ts';
import type { Logger } from '../log.ts';
import type { FacebookOAuthService } from '../services/authorizations/facebook-oauth.ts';
import { htmlPage, redirectWith } from './html-page.ts';

export const CALLBACK_PATH = '/oauth/facebook/callback/';

// The `error` value the return URL receives for each expected failure.
function errorCode(error: DomainError): string {
  if (error instanceof OAuthDenied) return 'access_denied';
  if (error instanceof InvalidOAuthState) return 'invalid_state';
  if (error instanceof CodeExchangeFailed) return 'code_exchange_failed';
  if (error instanceof InvalidToken) return 'invalid_token';
  if (error instanceof WrongTokenType) return 'wrong_token_type';
  if (error instanceof GraphUnavailable) return 'temporarily_unavailable';
  if (error instanceof FacebookUserMismatch) return 'wrong_facebook_user';
  if (error instanceof ValidationError) return 'invalid_request';
  return 'authorization_failed';
}

/** The result page when there is no returnTo: saved, and whether it needs attention. */
function connectedPage(authorization: AuthorizationRow): Response {
  const healthy = healthOf(authorization.state as TokenState) === 'HEALTHY';
  const saved = `The authorization "${authorization.label}" is saved.`;
  return htmlPage({
    status: 200,
    ok: healthy,
    title: healthy ? 'Facebook connected' : 'Facebook connected, but it needs attention',
    message: healthy ? saved : `${saved} ${stateReason(authorization) ?? `Its state is ${authorization.state}.`}`,
  });
}

/**
 * Facebook redirects the browser here. The same service as completeFacebookOAuth does the work; the
 * browser goes back to the start's returnTo with authorizationId or error, or sees a small page.
 */
export async function handleOAuthCallback(url: URL, oauth: FacebookOAuthService, log: Logger): Promise<Response> {
  const params = url.searchParams;
  const state = params.get('state') ?? '';
  try {
    const result = await oauth.finish({
      state,
      code: params.get('code'),
      // Facebook sometimes sends only error_code (passport-facebook special-cases it).
      error: params.get('error') ?? (params.has('error_code') ? 'access_denied' : null),
      errorReason: params.get('error_reason'),
      errorDescription: params.get('error_description'),
      workspaceId: undefined,
      actor: OAUTH_ACTOR,
    });
    const authorizationId = encodeGlobalID('Authorization', result.authorization.id);
    return result.returnTo
      ? redirectWith(result.returnTo, { authorizationId })
      : connectedPage(result.authorization);
  } catch (error) {
    const returnTo = state ? oauth.returnToOf(state) : null;
    if (error instanceof OAuthDenied && !returnTo) {
      return htmlPage({ status: 200, ok: false, title: 'Facebook connection cancelled', message: error.message });
    }
    if (error instanceof DomainError) {
      log.info({ error: error.name }, 'OAuth callback ended with an expected failure');
      return returnTo
        ? redirectWith(returnTo, { error: errorCode(error) })
        : htmlPage({ status: 400, ok: false, title: 'Facebook connection failed', message: error.message });
    }
    log.error({ err: error }, 'OAuth callback failed unexpectedly');
    return returnTo
      ? redirectWith(returnTo, { error: 'server_error' })
      : htmlPage({ status: 500, ok: false, title: 'Facebook connection failed', message: 'Something went wrong on our side. Try again.' });
  }
}
