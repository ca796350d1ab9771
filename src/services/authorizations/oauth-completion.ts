// The end of the Facebook dialog: what Facebook sent back to the redirect URI becomes one result, which
// the callback route maps to a redirect or a page and completeFacebookOAuth maps to its union.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../clock.ts';
import { FacebookUserMismatch, InvalidOAuthState, OAuthDenied, ValidationError } from '../../domain/authorization-errors.ts';
import type { NewEvent } from '../../domain/events.ts';
import { isAllowedReturnUrl } from '../../domain/oauth-dialog.ts';
import { isOAuthFailure, type OAuthFailure } from '../../domain/oauth-failures.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import type { AuthorizationRepository, AuthorizationRow } from '../../repositories/authorizations.ts';
import type { OAuthStateRow } from '../../repositories/oauth-states.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import { tokenColumns } from '../kernel/sealed-tokens.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';
import type { AfterTokenStored } from './after-token-stored.ts';
import { checkEvents, createdEvent, tokenReplacedEvent, type HealthOf } from './authorization-events.ts';
import { createBusinessIntegrationStore } from './business-integration-store.ts';
import { obtainBusinessToken } from './business-token.ts';
import { flowOf, type OAuthStateStore } from './oauth-state-store.ts';
import { obtainUserToken } from './oauth-user-token.ts';
import { successfulCheckPatch } from './token-checks.ts';

/** Where the browser goes back to: the start's returnTo, while it is still allowed; null for a page. */
type ReturnTo = string | null;

export type OAuthCompleted = { outcome: 'completed'; authorization: AuthorizationRow; reauthorized: boolean; returnTo: ReturnTo };

/** `failed` is an expected failure for the person to see; `unexpected` is our bug, to be masked and logged. */
export type OAuthCompletion =
  | OAuthCompleted
  | { outcome: 'failed'; error: OAuthFailure; returnTo: ReturnTo }
  | { outcome: 'unexpected'; error: unknown; returnTo: ReturnTo };

export interface DialogAnswer {
  state: string;
  code?: string | null | undefined;
  error?: string | null | undefined;
  errorReason?: string | null | undefined;
  errorDescription?: string | null | undefined;
  /** The API key's workspace for the mutation; undefined for the browser callback (the state names the workspace). */
  workspaceId: string | undefined;
  /** The API key's name for the mutation, "oauth" for the browser callback. */
  actor: string;
  /** The GraphQL request's deadline; the browser callback has none. */
  signal?: AbortSignal | undefined;
}

export function createOAuthCompletion(deps: {
  graph: GraphApi;
  clock: Clock;
  settings: { appId: string; redirectUri: string; allowedReturnUrls: readonly string[]; expiryWarningDays: number };
  authorizations: AuthorizationRepository;
  states: OAuthStateStore;
  cipher: TokenCipher;
  transaction: RunInTransaction;
  afterTokenStored: AfterTokenStored;
  recorder: EventRecorder;
  /** Health as Authorization.health shows it: a re-authorization records its change (e.g. UNKNOWN to HEALTHY). */
  health: HealthOf;
}) {
  const { clock, settings } = deps;
  const businessIntegrations = createBusinessIntegrationStore(deps);

  /**
   * A code completes the authorization; an error (the person pressed Cancel) uses the state up and
   * stores nothing. Either way the result carries the start's returnTo, so nobody reads the state again.
   */
  async function finish(answer: DialogAnswer): Promise<OAuthCompletion> {
    const started = deps.states.find(answer.state, answer.workspaceId);
    // Checked again on the way back: an operator may have removed the URL since the start.
    const returnTo = started?.returnTo && isAllowedReturnUrl(started.returnTo, settings.allowedReturnUrls) ? started.returnTo : null;
    try {
      const code = codeOrCancel(answer);
      // Another workspace's state is refused without using it up, so it cannot be burned by a stranger.
      // A cancel uses the state up and records its event in one transaction: both, or neither.
      const claimed =
        started &&
        deps.transaction(() => {
          const row = deps.states.claim(started);
          if (row && code instanceof OAuthDenied) deps.recorder.record(cancelledEvent(row, code, answer.actor));
          return row;
        });
      if (!claimed) throw new InvalidOAuthState();
      if (code instanceof OAuthDenied) throw code;
      const complete = flowOf(answer.state) === 'business' ? completeBusinessLogin : completeUserLogin;
      const { authorization, reauthorized } = await complete(claimed, code, answer);
      return { outcome: 'completed', authorization, reauthorized, returnTo };
    } catch (error) {
      return isOAuthFailure(error) ? { outcome: 'failed', error, returnTo } : { outcome: 'unexpected', error, returnTo };
    }
  }

  /** Login for Business: the client business's authorization in this workspace, new or reconnected. */
  async function completeBusinessLogin(started: OAuthStateRow, code: string, answer: DialogAnswer) {
    const token = await obtainBusinessToken(deps.graph, settings, code, answer.signal);
    const stored = businessIntegrations.store(started, token, answer.actor);
    await deps.afterTokenStored(stored.authorization, answer.signal, stored.reauthorized ? 'stored' : 'created');
    return stored;
  }

  async function completeUserLogin(started: OAuthStateRow, code: string, answer: DialogAnswer) {
    const { accessToken, info, me, declinedScopes } = await obtainUserToken(deps.graph, settings, code, answer.signal);
    const reauthorizing = started.authorizationId ? deps.authorizations.find(started.workspaceId, started.authorizationId) : undefined;
    // A reconnect link can be forwarded: whoever signs in must be the user the authorization belongs to.
    if (reauthorizing?.facebookUserId && reauthorizing.facebookUserId !== me.id) {
      throw new FacebookUserMismatch();
    }
    const now = clock.now();
    const status = successfulCheckPatch(info, { now, warningDays: settings.expiryWarningDays, declinedScopes });
    let created = false;
    const authorization = deps.transaction(() => {
      const target = started.authorizationId ? deps.authorizations.find(started.workspaceId, started.authorizationId) : undefined;
      const id = target?.id ?? randomUUID();
      const columns = {
        ...tokenColumns(deps.cipher, id, accessToken),
        ...status,
        facebookUserId: me.id,
        facebookUserName: me.name ?? null,
      };
      if (target) {
        const updated = deps.authorizations.update(target.workspaceId, target.id, columns)!;
        deps.recorder.record(tokenReplacedEvent(target, updated, answer.actor));
        for (const event of checkEvents(target, updated, answer.actor, deps.health)) deps.recorder.record(event);
        return updated;
      }
      const inserted = deps.authorizations.insert({
        id,
        workspaceId: started.workspaceId,
        label: started.label,
        description: started.description,
        ownerEmail: started.ownerEmail,
        method: 'FACEBOOK_USER',
        createdBy: started.createdBy,
        createdAt: now,
        ...columns,
      });
      deps.recorder.record(createdEvent(inserted, answer.actor));
      created = true;
      return inserted;
    });
    await deps.afterTokenStored(authorization, answer.signal, created ? 'created' : 'stored');
    return { authorization, reauthorized: started.authorizationId !== null };
  }

  return { finish };
}

/** Recorded so that a "Connect" button and the history can tell a cancel from a connection never finished. */
function cancelledEvent(started: OAuthStateRow, denied: OAuthDenied, actor: string): NewEvent {
  return {
    workspaceId: started.workspaceId,
    authorizationId: started.authorizationId,
    type: 'authorization.connect_cancelled',
    actor,
    data: { label: started.label, reason: denied.reason ?? null },
  };
}

/**
 * Facebook sends back either a code or an error (the person pressed Cancel). Read before the state is
 * used up, so a request with neither leaves the state usable.
 */
function codeOrCancel(answer: DialogAnswer): string | OAuthDenied {
  if (answer.error) return new OAuthDenied(answer.errorReason ?? undefined, answer.errorDescription ?? undefined);
  if (answer.code) return answer.code;
  throw new ValidationError('code: pass the code Facebook redirected back with, or the error', 'code');
}
