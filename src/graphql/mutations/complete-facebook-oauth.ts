import { RateLimited } from '../../domain/graph-budget-errors.ts';
import { OAUTH_FAILURE_TYPES } from '../../domain/oauth-failures.ts';
import type { OAuthCompleted } from '../../services/authorizations/oauth-completion.ts';
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

const CompleteFacebookOAuthPayload = builder.objectRef<OAuthCompleted>('CompleteFacebookOAuthPayload').implement({
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
      types: [...OAUTH_FAILURE_TYPES, RateLimited],
      directResult: true,
      union: { name: 'CompleteFacebookOAuthResult' },
    },
    args: { input: t.arg({ type: CompleteFacebookOAuthInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      // Refused before the state is used up, so the same code and state can be sent again.
      if (input.code) context.graphBudget.spend();
      const { workspaceId, name } = actorOf(context);
      const completion = await context.services.facebookOAuth.finish({
        ...input,
        workspaceId,
        actor: name,
        signal: context.graphBudget.signal,
      });
      // A failure becomes its member of the result union; an unexpected error is masked and logged.
      if (completion.outcome !== 'completed') throw completion.error;
      return completion;
    },
  }),
);
