import { countedConnection, decodeCursor, encodeCursor, forwardPageArgs } from '../cursors.ts';
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
      description: 'Newest first. `first` is capped at 100.',
      complexity: pageComplexity,
      args: { filter: t.arg({ type: AuthorizationFilterInput }) },
      resolve: (_root, args, context) => {
        const { first, after } = forwardPageArgs(args, decodeCursor);
        const filter = args.filter ?? {};
        const health = filter.health ? context.services.authorizationHealth.filter(filter.health) : undefined;
        const page = context.services.authorizations.page(context.viewer.workspaceId, {
          first,
          after,
          filter: { method: filter.method ?? undefined, states: filter.states ?? undefined, health, search: filter.search ?? undefined },
        });
        return countedConnection(page, { after, cursorOf: encodeCursor });
      },
    },
    { name: 'AuthorizationConnection', fields: (t) => ({ totalCount: totalCountField(t) }) },
  ),
}));
