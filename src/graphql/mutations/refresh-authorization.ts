import { NotFound } from '../../domain/authorization-errors.ts';
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
    description: 'Checks the token with Facebook now. A failed check keeps the state and sets tokenStatus.lastCheckError.',
    authScopes: { editor: true },
    errors: { types: [NotFound], directResult: true, union: { name: 'RefreshAuthorizationResult' } },
    args: { input: t.arg({ type: RefreshAuthorizationInput, required: true }) },
    resolve: async (_root, { input }, context) => ({
      authorization: await context.services.authorizations.refresh(actorOf(context), input.id.id),
    }),
  }),
);
