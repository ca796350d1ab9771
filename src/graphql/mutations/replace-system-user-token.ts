import {
  DuplicateToken,
  GraphUnavailable,
  InvalidToken,
  MissingPermissions,
  NotFound,
  SystemUserMismatch,
  ValidationError,
  WrongTokenType,
} from '../../domain/authorization-errors.ts';
import { RateLimited } from '../../domain/graph-budget-errors.ts';
import { actorOf } from '../actor.ts';
import { builder } from '../builder.ts';
import { AuthorizationRef } from '../types/authorization.ts';
import { AuthorizationPayloadRef } from '../types/authorization-payload.ts';

const ReplaceSystemUserTokenInput = builder.inputType('ReplaceSystemUserTokenInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: AuthorizationRef }),
    accessToken: t.string({ required: true }),
    allowIdentityChange: t.boolean({
      defaultValue: false,
      description: 'Accept a token of another system user than the current one; without it such a token is SystemUserMismatch.',
    }),
  }),
});

builder.mutationField('replaceSystemUserToken', (t) =>
  t.field({
    type: AuthorizationPayloadRef,
    description: "Rotates a system-user authorization's token; the authorization keeps its id and label.",
    authScopes: { editor: true },
    errors: {
      types: [
        ValidationError,
        NotFound,
        InvalidToken,
        WrongTokenType,
        MissingPermissions,
        DuplicateToken,
        SystemUserMismatch,
        GraphUnavailable,
        RateLimited,
      ],
      directResult: true,
      union: { name: 'ReplaceSystemUserTokenResult' },
    },
    args: { input: t.arg({ type: ReplaceSystemUserTokenInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      context.graphBudget.spend();
      const replacement = { id: input.id.id, accessToken: input.accessToken, allowIdentityChange: input.allowIdentityChange ?? false };
      return { authorization: await context.services.systemUserTokens.replace(actorOf(context), replacement, context.graphBudget.signal) };
    },
  }),
);
