import {
  DuplicateToken,
  GraphUnavailable,
  InvalidToken,
  MissingPermissions,
  NotFound,
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
  }),
});

builder.mutationField('replaceSystemUserToken', (t) =>
  t.field({
    type: AuthorizationPayloadRef,
    description: "Rotates a system-user authorization's token; the authorization keeps its id and label.",
    authScopes: { editor: true },
    errors: {
      types: [ValidationError, NotFound, InvalidToken, WrongTokenType, MissingPermissions, DuplicateToken, GraphUnavailable, RateLimited],
      directResult: true,
      union: { name: 'ReplaceSystemUserTokenResult' },
    },
    args: { input: t.arg({ type: ReplaceSystemUserTokenInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      context.graphBudget.spend();
      const replacement = { id: input.id.id, accessToken: input.accessToken };
      return { authorization: await context.services.systemUserTokens.replace(actorOf(context), replacement, context.graphBudget.signal) };
    },
  }),
);
