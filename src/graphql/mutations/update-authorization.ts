import { NotFound, ValidationError } from '../../domain/authorization-errors.ts';
import { actorOf } from '../actor.ts';
import { builder } from '../builder.ts';
import { AuthorizationRef } from '../types/authorization.ts';
import { AuthorizationPayloadRef } from '../types/authorization-payload.ts';

const UpdateAuthorizationInput = builder.inputType('UpdateAuthorizationInput', {
  description: 'Only the label, the description and the owner email can change.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: AuthorizationRef }),
    label: t.string(),
    description: t.string({ description: 'null clears it.' }),
    ownerEmail: t.string({ description: 'Where notification email goes; null clears it.' }),
  }),
});

builder.mutationField('updateAuthorization', (t) =>
  t.field({
    type: AuthorizationPayloadRef,
    authScopes: { editor: true },
    errors: { types: [ValidationError, NotFound], directResult: true, union: { name: 'UpdateAuthorizationResult' } },
    args: { input: t.arg({ type: UpdateAuthorizationInput, required: true }) },
    resolve: (_root, { input }, context) => ({
      authorization: context.services.authorizations.update(actorOf(context), {
        id: input.id.id,
        label: input.label,
        description: input.description,
        ownerEmail: input.ownerEmail,
      }),
    }),
  }),
);
