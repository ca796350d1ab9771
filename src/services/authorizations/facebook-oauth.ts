// Connecting a Facebook user: a start (or a reconnect link) sends the person to the Facebook dialog with a
// fresh state; the completion (oauth-completion.ts) turns what the dialog sent back into an authorization.
import type { Actor } from '../../domain/actor.ts';
import { z } from 'zod';
import type { Clock } from '../../clock.ts';
import { LoginNotConfigured, NotFound, ValidationError } from '../../domain/authorization-errors.ts';
import { dialogUrl, isAllowedReturnUrl, type DialogRequest } from '../../domain/oauth-dialog.ts';
import { REQUESTABLE_SCOPES, REQUIRED_FOR_ALL_JOBS } from '../../domain/job-types.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import type { AuthorizationRepository, AuthorizationRow } from '../../repositories/authorizations.ts';
import type { OAuthStateRepository } from '../../repositories/oauth-states.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import { description, label, ownerEmail, scopes } from './authorization-inputs.ts';
import { parseInput } from '../kernel/input-validation.ts';
import type { AfterTokenStored } from './after-token-stored.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';
import type { HealthOf } from './authorization-events.ts';
import { createOAuthCompletion } from './oauth-completion.ts';
import { createOAuthStateStore } from './oauth-state-store.ts';

export interface OAuthSettings {
  appId: string;
  redirectUri: string;
  dialogBaseUrl: string;
  graphApiVersion: string;
  allowedReturnUrls: readonly string[];
  expiryWarningDays: number;
  /** FACEBOOK_LOGIN_CONFIG_ID: the user dialog sends this configuration instead of scope. */
  loginConfigId: string | undefined;
  /** FACEBOOK_BUSINESS_LOGIN_CONFIG_ID: the system-user configuration of startBusinessLogin. */
  businessLoginConfigId: string | undefined;
  /** The dialog is the Graph sandbox's, which can preselect the person of a re-authorization. */
  sandboxDialog?: boolean | undefined;
}

const startSchema = z.object({
  label,
  description,
  scopes,
  returnTo: z.string().trim().nullish(),
  authorizationId: z.string().nullish(),
  ownerEmail: ownerEmail.optional().transform((value) => value ?? null),
});

const businessStartSchema = startSchema.pick({ label: true, description: true, returnTo: true, ownerEmail: true });

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
  /** Health as Authorization.health shows it: a re-authorization records its change (e.g. UNKNOWN to HEALTHY). */
  health: HealthOf;
}) {
  const { settings } = deps;
  const states = createOAuthStateStore(deps);
  const completion = createOAuthCompletion({ ...deps, states });

  function checkReturnTo(returnTo: string | null | undefined) {
    if (returnTo && !isAllowedReturnUrl(returnTo, settings.allowedReturnUrls)) {
      throw new ValidationError('returnTo: is not in ADSAUTH_ALLOWED_RETURN_URLS', 'returnTo');
    }
  }

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
      checkReturnTo(input.returnTo);
      let existing: AuthorizationRow | undefined;
      if (input.authorizationId) {
        existing = deps.authorizations.find(actor.workspaceId, input.authorizationId);
        if (!existing) throw new NotFound('authorization');
        if (existing.method !== 'FACEBOOK_USER') {
          throw new ValidationError(
            'This is a system-user authorization: it is renewed with a new system-user token, not through Facebook Login.',
            'authorizationId',
          );
        }
      }
      const { state, expiresAt } = states.issue({
        workspaceId: actor.workspaceId,
        label: existing?.label ?? input.label,
        description: existing ? existing.description : input.description,
        scopes: input.scopes,
        returnTo: input.returnTo ?? null,
        ownerEmail: input.ownerEmail,
        authorizationId: existing?.id ?? null,
        createdBy: actor.name,
      });
      const authorizeUrl = dialogUrl({
        dialogBaseUrl: settings.dialogBaseUrl,
        version: settings.graphApiVersion,
        appId: settings.appId,
        redirectUri: settings.redirectUri,
        request: settings.loginConfigId
          ? { kind: 'userConfiguration', configId: settings.loginConfigId }
          : { kind: 'scopes', scopes: input.scopes },
        state,
        // Facebook asks again for a permission the person declined before only with auth_type=rerequest,
        // and the parameter changes nothing for the others: so a first connect of someone who once
        // declined is asked too, instead of ending in MISSING_PERMISSIONS without a question.
        rerequest: true,
        // A reconnect is for the person the authorization belongs to: the sandbox's dialog picks them.
        sandboxUser: settings.sandboxDialog ? (existing?.facebookUserId ?? undefined) : undefined,
      });
      return { authorizeUrl, state, expiresAt };
    },

    /**
     * Login for Business with the system-user configuration: the client's admin picks the business and
     * its ad accounts, and the completion stores a BUSINESS_INTEGRATION authorization.
     */
    startBusinessLogin(
      actor: Actor,
      rawInput: { label: string; description?: string | null; returnTo?: string | null; ownerEmail?: string | null },
    ) {
      const input = parseInput(businessStartSchema, rawInput);
      if (!settings.businessLoginConfigId) throw new LoginNotConfigured('FACEBOOK_BUSINESS_LOGIN_CONFIG_ID');
      checkReturnTo(input.returnTo);
      const { state, expiresAt } = states.issue(
        {
          workspaceId: actor.workspaceId,
          label: input.label,
          description: input.description,
          scopes: [],
          returnTo: input.returnTo ?? null,
          ownerEmail: input.ownerEmail,
          authorizationId: null,
          createdBy: actor.name,
        },
        'business',
      );
      const request: DialogRequest = { kind: 'systemUserConfiguration', configId: settings.businessLoginConfigId };
      const authorizeUrl = dialogUrl({
        dialogBaseUrl: settings.dialogBaseUrl,
        version: settings.graphApiVersion,
        appId: settings.appId,
        redirectUri: settings.redirectUri,
        request,
        state,
        rerequest: false,
      });
      return { authorizeUrl, state, expiresAt };
    },

    /** The origins a callback page opened in a popup may tell how it ended: those of the allowed return URLs. */
    openerOrigins(): string[] {
      return [...new Set(settings.allowedReturnUrls.filter((url) => URL.canParse(url)).map((url) => new URL(url).origin))];
    },

    /** What Facebook sent back to the redirect URI, for the callback route and the mutation alike. */
    finish: completion.finish,

    /**
     * A signed reconnect link was opened: start a re-authorization of that authorization, asking
     * again for everything it had plus what the jobs need.
     */
    startReconnect(authorizationId: string): string | undefined {
      const row = deps.authorizations.findAnywhere(authorizationId);
      if (!row || row.method !== 'FACEBOOK_USER') return undefined;
      const wanted = [...new Set([...REQUIRED_FOR_ALL_JOBS, ...row.scopes, ...row.declinedScopes, ...row.expiredScopes])];
      const requestable = wanted.filter((s): s is (typeof REQUESTABLE_SCOPES)[number] =>
        (REQUESTABLE_SCOPES as readonly string[]).includes(s),
      );
      return this.start(
        { workspaceId: row.workspaceId, name: 'reconnect-link' },
        { label: row.label, scopes: requestable, authorizationId: row.id },
      ).authorizeUrl;
    },
  };
}

export type FacebookOAuthService = ReturnType<typeof createFacebookOAuthService>;
