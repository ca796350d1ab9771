import { encodeGlobalID } from '@pothos/plugin-relay';
import { EVENT_TYPES } from '../../domain/events.ts';
import type { HistoryEvent } from '../../services/history/event-details.ts';
import { builder } from '../builder.ts';
import { AuthorizationRef } from './authorization.ts';
import { AuthorizationEventDetailsRef } from './authorization-event-details.ts';

// Named as WebhookEventType names them: AUTHORIZATION_STATE_CHANGED stands for authorization.state_changed.
const enumName = (type: string) => type.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

export const AuthorizationEventTypeEnum = builder.enumType('AuthorizationEventType', {
  description: 'What happened. The webhook delivery body carries the dotted name, e.g. authorization.state_changed.',
  values: Object.fromEntries(EVENT_TYPES.map((type) => [enumName(type), { value: type }] as const)),
});

export const AuthorizationEventRef = builder.objectRef<HistoryEvent>('AuthorizationEvent').implement({
  description: 'Something that happened to an authorization: in its history, and live through Subscription.authorizationEvents.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The event id; webhook deliveries of this event carry the same id.' }),
    type: t.field({ type: AuthorizationEventTypeEnum, resolve: (event) => event.type }),
    occurredAt: t.field({ type: 'DateTime', resolve: (event) => event.occurredAt }),
    actor: t.exposeString('actor', {
      description:
        'Who caused it: the name of an API key; "oauth" (the browser callback of the Facebook dialog); "sync" (the ad-account sync that follows a stored or re-checked token); "sweep" (the health sweep); or "facebook" (Meta\'s webhooks and Login callbacks).',
    }),
    authorizationId: t.id({
      nullable: true,
      description: "The authorization's global id; it stays after the authorization is deleted.",
      resolve: (event) => (event.authorizationId ? encodeGlobalID('Authorization', event.authorizationId) : null),
    }),
    authorization: t.field({
      type: AuthorizationRef,
      nullable: true,
      description: 'The authorization as it is now; null once deleted.',
      // Read fresh for every event: a subscription's context lives as long as the stream.
      resolve: (event, _args, context) =>
        event.authorizationId ? (context.services.authorizations.get(context.viewer.workspaceId, event.authorizationId) ?? null) : null,
    }),
    label: t.exposeString('label', { nullable: true, description: "The authorization's label when it happened." }),
    details: t.field({ type: AuthorizationEventDetailsRef, resolve: (event) => event.details }),
  }),
});
