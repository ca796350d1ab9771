import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import { AuthorizationRef } from '../types/authorization.ts';
import { AuthorizationEventRef } from '../types/authorization-event.ts';

builder.subscriptionField('authorizationEvents', (t) =>
  t.field({
    type: AuthorizationEventRef,
    description: `The workspace's events as they are recorded, or one authorization's with authorizationId; over
Server-Sent Events (POST or GET /graphql with Accept: text/event-stream). Starts with what is recorded after
subscribing; history before that is in Authorization.history.`,
    args: { authorizationId: t.arg.globalID({ for: AuthorizationRef, description: "Only this authorization's events." }) },
    subscribe: (_root, args, context) => {
      const { workspaceId } = context.viewer;
      const authorizationId = args.authorizationId?.id;
      // An id from another workspace reads as unknown: it must not even confirm that the id exists.
      if (authorizationId !== undefined && !context.services.authorizations.get(workspaceId, authorizationId)) {
        throw new GraphQLError('authorizationId: no authorization with this id in this workspace', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      return context.services.liveEvents.stream({ workspaceId, authorizationId });
    },
    resolve: (event) => event,
  }),
);
