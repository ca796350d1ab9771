import { AUTHORIZATION_ORDER_FIELDS, ORDER_DIRECTIONS } from '../../domain/authorization-order.ts';
import { countedConnection, encodeOrderedCursor, forwardPageArgs, orderedCursorDecoder } from '../cursors.ts';
import { builder, pageComplexity } from '../builder.ts';
import { AuthorizationHealthEnum, AuthorizationMethodEnum, AuthorizationRef } from './authorization.ts';
import { totalCountField } from './counted-connection.ts';
import { TokenStateEnum } from './token-status.ts';

const AuthorizationFilterInput = builder.inputType('AuthorizationFilter', {
  fields: (t) => ({
    method: t.field({ type: AuthorizationMethodEnum }),
    health: t.field({ type: AuthorizationHealthEnum }),
    states: t.field({ type: [TokenStateEnum] }),
    search: t.string({ description: 'Matches the label, the description or the Facebook user name.', validate: { maxLength: 100 } }),
    facebookUserId: t.string({ description: 'The Facebook user (or system user) id behind the token.', validate: { maxLength: 100 } }),
    businessId: t.string({
      description: "The system user's business, or the client business of a Login for Business integration.",
      validate: { maxLength: 100 },
    }),
    expiresWithinDays: t.int({
      description: 'Tokens not yet expired that expire within this many days (never-expiring tokens never match).',
      validate: { min: 0, max: 3650 },
    }),
  }),
});

const AuthorizationOrderFieldEnum = builder.enumType('AuthorizationOrderField', {
  description:
    'HEALTH ascending puts UNHEALTHY first, then UNKNOWN, then HEALTHY; OWNER sorts by the Facebook user name, else the client business, else the owner email (none first); LABEL and OWNER ignore case; EXPIRES_AT puts never-expiring tokens last.',
  values: AUTHORIZATION_ORDER_FIELDS,
});
const OrderDirectionEnum = builder.enumType('OrderDirection', { values: ORDER_DIRECTIONS });

const AuthorizationOrderInput = builder.inputType('AuthorizationOrder', {
  fields: (t) => ({
    field: t.field({ type: AuthorizationOrderFieldEnum, required: true }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'ASC' }),
  }),
});

builder.queryFields((t) => ({
  authorization: t.field({
    type: AuthorizationRef,
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: AuthorizationRef }) },
    resolve: (_root, args, context) => context.services.authorizations.get(context.viewer.workspaceId, args.id.id) ?? null,
  }),
  authorizations: t.connection(
    {
      type: AuthorizationRef,
      description: 'Newest first unless orderBy says otherwise; ties are broken by id. `first` is capped at 100.',
      complexity: pageComplexity,
      args: { filter: t.arg({ type: AuthorizationFilterInput }), orderBy: t.arg({ type: AuthorizationOrderInput }) },
      resolve: (_root, args, context) => {
        const order = { field: args.orderBy?.field ?? 'CREATED_AT', direction: args.orderBy?.direction ?? 'DESC' } as const;
        const { first, after } = forwardPageArgs(args, orderedCursorDecoder(order));
        const filter = args.filter ?? {};
        const page = context.services.authorizationList.page(context.viewer.workspaceId, {
          first,
          after,
          order,
          filter: {
            method: filter.method ?? undefined,
            states: filter.states ?? undefined,
            health: filter.health ? context.services.authorizationHealth.filter(filter.health) : undefined,
            search: filter.search ?? undefined,
            facebookUserId: filter.facebookUserId ?? undefined,
            businessId: filter.businessId ?? undefined,
            expiresWithinDays: filter.expiresWithinDays ?? undefined,
          },
        });
        const connection = countedConnection(page, { after, cursorOf: (item) => encodeOrderedCursor(order, item.cursor) });
        return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.row })) };
      },
    },
    { name: 'AuthorizationConnection', fields: (t) => ({ totalCount: totalCountField(t) }) },
  ),
}));
