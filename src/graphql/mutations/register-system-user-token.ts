import {
  DuplicateToken,
  GraphUnavailable,
  InvalidToken,
  MissingPermissions,
  ValidationError,
  WrongTokenType,
} from '../../domain/authorization-errors.ts';
import { RateLimited } from '../../domain/graph-budget-errors.ts';
import { actorOf } from '../actor.ts';
import type { AuthorizationRow } from '../../services/records.ts';
import { builder } from '../builder.ts';
import { AuthorizationRef } from '../types/authorization.ts';

const RegisterSystemUserTokenInput = builder.inputType('RegisterSystemUserTokenInput', {
  fields: (t) => ({
    label: t.string({ required: true }),
    description: t.string(),
    accessToken: t.string({
      required: true,
      description: 'The Business Manager system-user token. It is stored encrypted and never shown again.',
    }),
    businessId: t.string({ description: 'The Business Manager id the system user belongs to.' }),
    ownerEmail: t.string({ description: 'Where notification email about this authorization goes (optional).' }),
  }),
});

const RegisterSystemUserTokenPayload = builder
  .objectRef<{ authorization: AuthorizationRow; warnings: string[] }>('RegisterSystemUserTokenPayload')
  .implement({
    fields: (t) => ({
      authorization: t.field({ type: AuthorizationRef, resolve: (payload) => payload.authorization }),
      warnings: t.exposeStringList('warnings', {
        description:
          "Things to know that did not stop the registration, e.g. the business has more system users than the app's access level allows.",
      }),
    }),
  });

builder.mutationField('registerSystemUserToken', (t) =>
  t.field({
    type: RegisterSystemUserTokenPayload,
    description: 'Registers a Business Manager system-user token after checking it with Facebook.',
    authScopes: { editor: true },
    errors: {
      types: [ValidationError, InvalidToken, WrongTokenType, MissingPermissions, DuplicateToken, GraphUnavailable, RateLimited],
      directResult: true,
      union: { name: 'RegisterSystemUserTokenResult' },
    },
    args: { input: t.arg({ type: RegisterSystemUserTokenInput, required: true }) },
    resolve: (_root, { input }, context) => {
      context.graphBudget.spend();
      return context.services.systemUserTokens.register(actorOf(context), input, context.graphBudget.signal);
    },
  }),
);
