import { DuplicateToken, GraphUnavailable, InvalidToken, MissingPermissions, ValidationError, WrongTokenType } from '../../domain/authorization-errors.ts';
import { actorOf } from '../actor.ts';
import { builder } from '../builder.ts';
import { AuthorizationPayloadRef } from '../types/authorization-payload.ts';

const RegisterSystemUserTokenInput = builder.inputType('RegisterSystemUserTokenInput', {
  fields: (t) => ({
    label: t.string({ required: true }),
    description: t.string(),
    accessToken: t.string({ required: true, description: 'The Business Manager system-user token. It is stored encrypted and never shown again.' }),
    businessId: t.string({ description: 'The Business Manager id the system user belongs to.' }),
    ownerEmail: t.string({ description: 'Where notification email about this authorization goes (optional).' }),
  }),
});

builder.mutationField('registerSystemUserToken', (t) =>
  t.field({
    type: AuthorizationPayloadRef,
    description: 'Registers a Business Manager system-user token after checking it with Facebook.',
    authScopes: { editor: true },
    errors: {
      types: [ValidationError, InvalidToken, WrongTokenType, MissingPermissions, DuplicateToken, GraphUnavailable],
      directResult: true,
      union: { name: 'RegisterSystemUserTokenResult' },
    },
    args: { input: t.arg({ type: RegisterSystemUserTokenInput, required: true }) },
    resolve: async (_root, { input }, context) => ({
      authorization: await context.services.systemUserTokens.register(actorOf(context), input),
    }),
  }),
);
