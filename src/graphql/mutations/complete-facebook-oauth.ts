import {
  CodeExchangeFailed,
  FacebookUserMismatch,
  GraphUnavailable,
  InvalidOAuthState,
  InvalidToken,
  OAuthDenied,
  ValidationError,
  WrongTokenType,
} from '../../domain/authorization-errors.ts';
import { RateLimited } from '../../domain/graph-budget-errors.ts';
import type { AuthorizationRow } from '../../repositories/authorizations.ts';
import { actorOf } from '../actor.ts';
import { builder } from '../builder.ts';
import { AuthorizationRef } from '../types/authorization.ts';

const CompleteFacebookOAuthInput = builder.inputType('CompleteFacebookOAuthInput', {
  description: 'The query parameters Facebook redirected back with. Pass either code, or error (when the person cancelled).',
  fields: (t) => ({
    code: t.string(),
    state: t.string({ required: true }),
    error: t.string({ description: 'e.g. access_denied' }),
    errorReason: t.string({ description: 'e.g. user_denied' }),
    errorDescription: t.string(),
  }),
});

const CompleteFacebookOAuthPayload = builder
  .objectRef<{ authorization: AuthorizationRow; reauthorized: boolean; returnTo: string | null }>('CompleteFacebookOAuthPayload')
  .implement({
    fields: (t) => ({
      authorization: t.field({ type: AuthorizationRef, resolve: (payload) => payload.authorization }),
      reauthorized: t.exposeBoolean('reauthorized', { description: 'true when an existing authorization got a new token.' }),
      returnTo: t.exposeString('returnTo', { nullable: true }),
    }),
  });

builder.mutationField('completeFacebookOAuth', (t) =>
  t.field({
    type: CompleteFacebookOAuthPayload,
    description: 'Completes the Facebook dialog: exchanges the code, checks the token, and stores the authorization.',
    authScopes: { editor: true },
    errors: {
      types: [
        ValidationError,
        InvalidOAuthState,
        OAuthDenied,
        CodeExchangeFailed,
        InvalidToken,
        WrongTokenType,
        FacebookUserMismatch,
        GraphUnavailable,
        RateLimited,
      ],
      directResult: true,
      union: { name: 'CompleteFacebookOAuthResult' },
    },
    args: { input: t.arg({ type: CompleteFacebookOAuthInput, required: true }) },
    resolve: (_root, { input }, context) => {
      // Refused before the state is used up, so the same code and state can be sent again.
      if (input.code) context.graphBudget.spend();
      const actor = actorOf(context);
      return context.services.facebookOAuth.finish({ ...input, workspaceId: actor.workspaceId, actor: actor.name, signal: context.graphBudget.signal });
    },
  }),
);
