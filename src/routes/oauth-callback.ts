import { encodeGlobalID } from '@pothos/plugin-relay';
import { OAuthDenied, ValidationError } from '../domain/authorization-errors.ts';
import { OAUTH_ACTOR } from '../domain/events.ts';
import { oauthErrorCode, type OAuthFailure } from '../domain/oauth-failures.ts';
import { healthOf } from '../domain/token-state.ts';
import type { Logger } from '../log.ts';
import type { AuthorizationRow } from '../services/records.ts';
import { stateReason } from '../services/authorizations/authorization-events.ts';
import type { FacebookOAuthService } from '../services/authorizations/facebook-oauth.ts';
import type { OAuthCompletion } from '../services/authorizations/oauth-completion.ts';
import { htmlPage, redirectWith } from './html-page.ts';
import { OPENER_MESSAGE_TYPE, openerScript } from './opener-message.ts';

export const CALLBACK_PATH = '/oauth/facebook/callback/';

/** The result page when there is no returnTo: saved, and whether it needs attention. */
function connectedPage(authorization: AuthorizationRow, script: string): Response {
  const healthy = healthOf(authorization.state) === 'HEALTHY';
  const saved = `The authorization "${authorization.label}" is saved.`;
  return htmlPage({
    status: 200,
    ok: healthy,
    title: healthy ? 'Facebook connected' : 'Facebook connected, but it needs attention',
    message: healthy ? saved : `${saved} ${stateReason(authorization) ?? 'It needs attention.'}`,
    script,
  });
}

/**
 * Facebook redirects the browser here. The same service as completeFacebookOAuth does the work; the
 * browser goes back to the start's returnTo with authorizationId or error, or sees a small page, which
 * in a popup also tells its opener how it ended (opener-message.ts) and closes itself.
 */
export async function handleOAuthCallback(url: URL, oauth: FacebookOAuthService, log: Logger): Promise<Response> {
  const params = url.searchParams;
  const completion = await oauth.finish({
    state: params.get('state') ?? '',
    code: params.get('code'),
    // Facebook sometimes sends only error_code (passport-facebook special-cases it).
    error: params.get('error') ?? (params.has('error_code') ? 'access_denied' : null),
    errorReason: params.get('error_reason'),
    errorDescription: params.get('error_description'),
    workspaceId: undefined,
    actor: OAUTH_ACTOR,
  });
  return answerFor(completion, log, oauth.openerOrigins());
}

/** A validation message names the parameter for developers; the person in the browser gets plain words. */
function messageForPeople(error: OAuthFailure): string {
  return error instanceof ValidationError
    ? 'Facebook sent this page neither an answer nor an error. Start the Facebook connection again.'
    : error.message;
}

/** The page tells a popup's opener what its return URL would have been told. */
function answerFor(completion: OAuthCompletion, log: Logger, openerOrigins: readonly string[]): Response {
  const { returnTo } = completion;
  const tellOpener = (outcome: { authorizationId: string } | { error: string }) =>
    openerScript({ type: OPENER_MESSAGE_TYPE, ...outcome }, openerOrigins);
  switch (completion.outcome) {
    case 'completed': {
      const authorizationId = encodeGlobalID('Authorization', completion.authorization.id);
      return returnTo
        ? redirectWith(returnTo, { authorizationId })
        : connectedPage(completion.authorization, tellOpener({ authorizationId }));
    }
    case 'failed': {
      const { error } = completion;
      const code = oauthErrorCode(error);
      if (error instanceof OAuthDenied && !returnTo) {
        return htmlPage({
          status: 200,
          ok: false,
          title: 'Facebook connection cancelled',
          message: error.message,
          script: tellOpener({ error: code }),
        });
      }
      log.info({ error: error.name }, 'OAuth callback ended with an expected failure');
      return returnTo
        ? redirectWith(returnTo, { error: code })
        : htmlPage({
            status: 400,
            ok: false,
            title: 'Facebook connection failed',
            message: messageForPeople(error),
            script: tellOpener({ error: code }),
          });
    }
    case 'unexpected':
      log.error({ err: completion.error }, 'OAuth callback failed unexpectedly');
      return returnTo
        ? redirectWith(returnTo, { error: 'server_error' })
        : htmlPage({
            status: 500,
            ok: false,
            title: 'Facebook connection failed',
            message: 'Something went wrong on our side. Try again.',
            script: tellOpener({ error: 'server_error' }),
          });
  }
}
