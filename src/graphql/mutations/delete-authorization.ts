import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphUnavailable, NotFound } from '../../domain/authorization-errors.ts';
import { RateLimited } from '../../domain/graph-budget-errors.ts';
import { actorOf } from '../actor.ts';
import { builder } from '../builder.ts';
import { AuthorizationRef } from '../types/authorization.ts';

const DeleteAuthorizationInput = builder.inputType('DeleteAuthorizationInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: AuthorizationRef }),
    revokeAtFacebook: t.boolean({
      defaultValue: false,
      description: "First remove the app's permissions at Facebook (DELETE /{user-id}/permissions).",
    }),
  }),
});

const DeleteAuthorizationPayload = builder
  .objectRef<{ deletedId: string; revokedAtFacebook: boolean }>('DeleteAuthorizationPayload')
  .implement({
    fields: (t) => ({
      deletedAuthorizationId: t.id({ resolve: (payload) => encodeGlobalID('Authorization', payload.deletedId) }),
      revokedAtFacebook: t.exposeBoolean('revokedAtFacebook', {
        description: 'false when not asked, or when Facebook already considered the token dead.',
      }),
    }),
  });

builder.mutationField('deleteAuthorization', (t) =>
  t.field({
    type: DeleteAuthorizationPayload,
    description: 'Deletes the authorization and its encrypted token.',
    authScopes: { editor: true },
    errors: { types: [NotFound, GraphUnavailable, RateLimited], directResult: true, union: { name: 'DeleteAuthorizationResult' } },
    args: { input: t.arg({ type: DeleteAuthorizationInput, required: true }) },
    resolve: (_root, { input }, context) => {
      const revokeAtFacebook = input.revokeAtFacebook ?? false;
      if (revokeAtFacebook) context.graphBudget.spend();
      return context.services.authorizations.delete(actorOf(context), { id: input.id.id, revokeAtFacebook }, context.graphBudget.signal);
    },
  }),
);
