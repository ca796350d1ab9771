import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import type { Context } from '../context.ts';
import { roleAtLeast } from '../domain/roles.ts';
import SyncNodeIdsPlugin from './sync-node-ids.ts';
import ZodPlugin from './zod-where-validated.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: { DateTime: { Input: Date; Output: Date } };
  AuthScopes: { viewer: boolean; editor: boolean; admin: boolean; operator: boolean };
  DefaultFieldNullability: false;
}>({
  // Last, so that it replaces the relay plugin's resolver of Node ids rather than another plugin's wrapper.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ZodPlugin, RelayPlugin, ComplexityPlugin, SyncNodeIdsPlugin],
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
  // The cost that ADSAUTH_MAX_COST limits (src/http/operation-limits.ts): every field costs 1, and what
  // is selected under a list counts once per item it may return: `first` for paged lists (pageComplexity),
  // 10 for other lists. A connection's edges are already counted by its `first`, so they multiply by 1.
  complexity: { defaultComplexity: 1, defaultListMultiplier: 10 },
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
    edgesFieldOptions: { complexity: { field: 1, multiplier: 1 } },
    nodeQueryOptions: {
      description: "Loads an object by its global id; null when it does not exist or is outside this key's workspace.",
      // An id naming a type that node(id) cannot load (unknown, an interface, an object that is no Node) is the
      // client's mistake: refused here, before Pothos looks the type up and fails as if the schema were wrong.
      resolve: (_root, { id }, _context, info, resolveNode) => {
        if (!isNodeType(info.schema, id.typename)) {
          throw new GraphQLError('Invalid global ID: it names no type that node(id) loads.', { extensions: { code: 'BAD_USER_INPUT' } });
        }
        return resolveNode(id);
      },
    },
    nodesQueryOptions: false,
  },
});

function isNodeType(schema: GraphQLSchema, typename: string): boolean {
  const type = schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((implemented) => implemented.name === 'Node');
}

/** The cost of a list paged with `first`: every list here returns at most 100 items, 20 when `first` is absent. */
export const pageComplexity = ({ first }: { first?: number | null }) => ({ field: 1, multiplier: Math.min(Math.max(first ?? 20, 0), 100) });

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
