import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../clock.ts';
import { FacebookUserMismatch, InvalidOAuthState, NotFound, OAuthDenied, ValidationError } from '../../domain/authorization-errors.ts';
import { dialogUrl, isAllowedReturnUrl } from '../../domain/oauth-dialog.ts';
import { REQUESTABLE_SCOPES, REQUIRED_FOR_ALL_JOBS } from '../../domain/job-types.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import type { AuthorizationRepository, AuthorizationRow } from '../../repositories/authorizations.ts';
import type { OAuthStateRepository, OAuthStateRow } from '../../repositories/oauth-states.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import { description, label, ownerEmail, scopes } from './authorization-inputs.ts';
import { parseInput } from '../kernel/input-validation.ts';
import { obtainUserToken } from './oauth-user-token.ts';
import { tokenColumns } from '../kernel/sealed-tokens.ts';
import type { AfterTokenStored } from './after-token-stored.ts';
import { checkEvents, createdEvent, tokenReplacedEvent } from './authorization-events.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';
import { successfulCheckPatch } from './token-checks.ts';

const STATE_TTL_MS = 10 * 60_000;
const STATE_KEPT_AFTER_EXPIRY_MS = 86_400_000;

export interface OAuthSettings {
  appId: string;
  redirectUri: string;
  dialogBaseUrl: string;
  graphApiVersion: string;
  allowedReturnUrls: readonly string[];
  expiryWarningDays: number;
}

export interface Actor {
  workspaceId: string;
  /** API key name, or e.g. "reconnect-link" */
  name: string;
}

const startSchema = z.object({
  label,
  description,
  scopes,
  returnTo: z.string().trim().nullish(),
  authorizationId: z.string().nullish(),
  ownerEmail: ownerEmail.optional().transform((value) => value ?? null),
});

const hashState = (state: string) => createHash('sha256').update(state).digest('hex');

export function createFacebookOAuthService(deps: {
  graph: GraphApi;
  clock: Clock;
  settings: OAuthSettings;
  authorizations: AuthorizationRepository;
  oauthStates: OAuthStateRepository;
  cipher: TokenCipher;
  transaction: RunInTransaction;
  afterTokenStored: AfterTokenStored;
  recorder: EventRecorder;
}) {
  const { graph, clock, settings } = deps;

  return {
    start(
      actor: Actor,
      rawInput: {
        label: string;
        description?: string | null;
        scopes?: string[] | null;
        returnTo?: string | null;
        authorizationId?: string | null;
        ownerEmail?: string | null;
      },
    ) {
      const input = parseInput(startSchema, rawInput);
      if (input.returnTo && !isAllowedReturnUrl(input.returnTo, settings.allowedReturnUrls)) {
        throw new ValidationError('returnTo: is not in ADSAUTH_ALLOWED_RETURN_URLS', 'returnTo');
      }
      let existing: AuthorizationRow | undefined;
      if (input.authorizationId) {
        existing = deps.authorizations.find(actor.workspaceId, input.authorizationId);
        if (!existing) throw new NotFound('authorization');
        if (existing.method !== 'FACEBOOK_USER') {
          throw new ValidationError('authorizationId: a system-user authorization is renewed with replaceSystemUserToken', 'authorizationId');
        }
      }
      const state = randomBytes(32).toString('base64url');
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + STATE_TTL_MS);
      // Each start clears states that expired over a day ago (a day in which the callback can
      // still send a late browser back to its returnTo with error=invalid_state).
      deps.oauthStates.deleteExpired(new Date(now.getTime() - STATE_KEPT_AFTER_EXPIRY_MS));
      deps.oauthStates.insert({
        stateHash: hashState(state),
        workspaceId: actor.workspaceId,
        label: existing?.label ?? input.label,
        description: existing ? existing.description : input.description,
        scopes: input.scopes,
        returnTo: input.returnTo ?? null,
        ownerEmail: input.ownerEmail,
        authorizationId: existing?.id ?? null,
        createdBy: actor.name,
        createdAt: now,
        expiresAt,
      });
      const rerequest = existing !== undefined && (existing.declinedScopes.length > 0 || existing.state === 'MISSING_PERMISSIONS');
      const authorizeUrl = dialogUrl({
        dialogBaseUrl: settings.dialogBaseUrl,
        version: settings.graphApiVersion,
        appId: settings.appId,
        redirectUri: settings.redirectUri,
        scopes: input.scopes,
        state,
        rerequest,
      });
      return { authorizeUrl, state, expiresAt };
    },

    /**
     * Completes the dialog's redirect. `workspaceId` is the API key's workspace for the GraphQL
     * mutation, and undefined for the browser callback (the state itself names the workspace).
     * `actor` is the API key's name for the mutation, "oauth" for the browser callback.
     */
    async complete(input: { code: string; state: string; workspaceId: string | undefined; actor: string; signal?: AbortSignal | undefined }) {
      const stateRow = claimState(input.state, input.workspaceId);
      const { accessToken, info, me, declinedScopes } = await obtainUserToken(graph, settings, input.code, input.signal);
      const reauthorizing = stateRow.authorizationId ? deps.authorizations.find(stateRow.workspaceId, stateRow.authorizationId) : undefined;
      // A reconnect link can be forwarded: whoever signs in must be the user the authorization belongs to.
      if (reauthorizing?.facebookUserId && reauthorizing.facebookUserId !== me.id) {
        throw new FacebookUserMismatch();
      }
      const now = clock.now();
      const status = successfulCheckPatch(info, { now, warningDays: settings.expiryWarningDays, declinedScopes });
      const authorization = deps.transaction(() => {
        const target = stateRow.authorizationId ? deps.authorizations.find(stateRow.workspaceId, stateRow.authorizationId) : undefined;
        const id = target?.id ?? randomUUID();
        const columns = {
          ...tokenColumns(deps.cipher, id, accessToken),
          ...status,
          facebookUserId: me.id,
          facebookUserName: me.name ?? null,
          lastCheckError: null,
        };
        if (target) {
          const updated = deps.authorizations.update(target.workspaceId, target.id, columns)!;
          deps.recorder.record(tokenReplacedEvent(target, updated, input.actor));
          for (const event of checkEvents(target, updated, input.actor)) deps.recorder.record(event);
          return updated;
        }
        const created = deps.authorizations.insert({
          id,
          workspaceId: stateRow.workspaceId,
          label: stateRow.label,
          description: stateRow.description,
          ownerEmail: stateRow.ownerEmail,
          method: 'FACEBOOK_USER',
          createdBy: stateRow.createdBy,
          createdAt: now,
          ...columns,
        });
        deps.recorder.record(createdEvent(created, input.actor));
        return created;
      });
      await deps.afterTokenStored(authorization, input.actor, input.signal);
      return { authorization, returnTo: stillAllowed(stateRow.returnTo), reauthorized: stateRow.authorizationId !== null };
    },

    /**
     * What Facebook sent back to the redirect URI, for the callback route and the mutation alike: a
     * code completes the authorization; an error (the person pressed Cancel) uses the state up,
     * stores nothing and is the typed OAuthDenied.
     */
    async finish(input: {
      state: string;
      code?: string | null | undefined;
      error?: string | null | undefined;
      errorReason?: string | null | undefined;
      errorDescription?: string | null | undefined;
      workspaceId: string | undefined;
      actor: string;
      /** The GraphQL request's deadline; the browser callback has none. */
      signal?: AbortSignal | undefined;
    }) {
      if (input.error) {
        claimState(input.state, input.workspaceId);
        throw new OAuthDenied(input.errorReason ?? undefined, input.errorDescription ?? undefined);
      }
      if (!input.code) throw new ValidationError('code: pass the code Facebook redirected back with, or the error', 'code');
      return this.complete({ code: input.code, state: input.state, workspaceId: input.workspaceId, actor: input.actor, signal: input.signal });
    },

    /**
     * A signed reconnect link was opened: start a re-authorization of that authorization, asking
     * again for everything it had plus what the jobs need.
     */
    startReconnect(authorizationId: string): string | undefined {
      const row = deps.authorizations.findAnywhere(authorizationId);
      if (!row || row.method !== 'FACEBOOK_USER') return undefined;
      const wanted = [...new Set([...REQUIRED_FOR_ALL_JOBS, ...row.scopes, ...row.declinedScopes])];
      const requestable = wanted.filter((s): s is (typeof REQUESTABLE_SCOPES)[number] => (REQUESTABLE_SCOPES as readonly string[]).includes(s));
      return this.start({ workspaceId: row.workspaceId, name: 'reconnect-link' }, { label: row.label, scopes: requestable, authorizationId: row.id })
        .authorizeUrl;
    },

    /** Where a state would send the browser back to, without using it up (for error redirects). */
    returnToOf(state: string): string | null {
      return stillAllowed(deps.oauthStates.find(hashState(state))?.returnTo ?? null);
    },
  };

  // Checked again on the way back: an operator may have removed the URL since the start.
  function stillAllowed(returnTo: string | null): string | null {
    return returnTo && isAllowedReturnUrl(returnTo, settings.allowedReturnUrls) ? returnTo : null;
  }

  function claimState(state: string, workspaceId: string | undefined): OAuthStateRow {
    const hash = hashState(state);
    const found = deps.oauthStates.find(hash);
    // Another workspace's state is refused without using it up, so it cannot be burned by a stranger.
    if (!found || (workspaceId !== undefined && found.workspaceId !== workspaceId)) throw new InvalidOAuthState();
    const claimed = deps.oauthStates.consume(hash, clock.now());
    if (!claimed) throw new InvalidOAuthState();
    return claimed;
  }
}

export type FacebookOAuthService = ReturnType<typeof createFacebookOAuthService>;
