import { NotFound } from '../../domain/authorization-errors.ts';
import { RateLimited } from '../../domain/graph-budget-errors.ts';
import { actorOf } from '../actor.ts';
import { builder } from '../builder.ts';
import { AuthorizationRef } from '../types/authorization.ts';
import { AuthorizationPayloadRef } from '../types/authorization-payload.ts';

const RefreshAuthorizationInput = builder.inputType('RefreshAuthorizationInput', {
  fields: (t) => ({ id: t.globalID({ required: true, for: AuthorizationRef }) }),
});

builder.mutationField('refreshAuthorization', (t) =>
  t.field({
    type: AuthorizationPayloadRef,
    description:
      'Checks the token with Facebook now, then re-reads its ad accounts. A failed check, or one Facebook did not answer within the ' +
      "request's deadline, keeps the state, sets tokenStatus.lastCheckError, and reads no ad accounts.",
    authScopes: { editor: true },
    errors: { types: [NotFound, RateLimited], directResult: true, union: { name: 'RefreshAuthorizationResult' } },
    args: { input: t.arg({ type: RefreshAuthorizationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      context.graphBudget.spend();
      return { authorization: await context.services.authorizations.refresh(actorOf(context), input.id.id, context.graphBudget.signal) };
    },
  }),
);
