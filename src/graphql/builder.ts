import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ZodPlugin from '@pothos/plugin-zod';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { roleAtLeast } from '../domain/roles.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: { DateTime: { Input: Date; Output: Date } };
  AuthScopes: { viewer: boolean; editor: boolean; admin: boolean; operator: boolean };
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ZodPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({
      viewer: roleAtLeast(context.viewer.role, 'VIEWER'),
      editor: roleAtLeast(context.viewer.role, 'EDITOR'),
      admin: roleAtLeast(context.viewer.role, 'ADMIN'),
      operator: roleAtLeast(context.viewer.role, 'OPERATOR'),
    }),
    unauthorizedError: (_parent, context, _info, result) =>
      new GraphQLError(`${result.message}: this API key's role is ${context.viewer.role}`, {
        extensions: { code: 'FORBIDDEN' },
      }),
  },
  errors: { defaultTypes: [] },
  zod: {
    validationError: (error) =>
      new GraphQLError(error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '), {
        extensions: { code: 'BAD_USER_INPUT' },
      }),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeTypeOptions: { description: 'An object with a global id; Query.node(id) loads any of them.' },
    pageInfoTypeOptions: {},
    nodeQueryOptions: { description: "Loads an object by its global id; null when it does not exist or is outside this key's workspace." },
    nodesQueryOptions: false,
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
