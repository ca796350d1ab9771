// The details of each event type, as a union: clients select the fields of the types they show.
import type { EventDetails, EventDetailsOf } from '../../services/history/event-details.ts';
import { builder } from '../builder.ts';
import { AuthorizationHealthEnum, AuthorizationMethodEnum } from './authorization.ts';
import { AdAccountsChangedDetailsRef } from './authorization-event-ad-accounts.ts';
import { CheckErrorClassEnum, checkErrorClassOf } from './check-error-class.ts';
import { ExpiryKindEnum, expiryKindOf } from './expiry-kind.ts';
import { TokenStateEnum } from './token-status.ts';

const CreatedRef = builder.objectRef<EventDetailsOf<'authorization.created'>>('CreatedEventDetails').implement({
  fields: (t) => ({
    method: t.field({ type: AuthorizationMethodEnum, nullable: true, resolve: (d) => d.method }),
    state: t.field({ type: TokenStateEnum, nullable: true, description: 'The state the first check found.', resolve: (d) => d.state }),
  }),
});

const DeletedRef = builder.objectRef<EventDetailsOf<'authorization.deleted'>>('DeletedEventDetails').implement({
  fields: (t) => ({
    method: t.field({ type: AuthorizationMethodEnum, nullable: true, resolve: (d) => d.method }),
    revokedAtFacebook: t.exposeBoolean('revokedAtFacebook'),
  }),
});

const StateChangedRef = builder.objectRef<EventDetailsOf<'authorization.state_changed'>>('StateChangedEventDetails').implement({
  fields: (t) => ({
    from: t.field({ type: TokenStateEnum, nullable: true, resolve: (d) => d.from }),
    to: t.field({ type: TokenStateEnum, nullable: true, resolve: (d) => d.to }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why the token is in the new state, in plain words.' }),
  }),
});

const CheckFailedRef = builder.objectRef<EventDetailsOf<'authorization.check_failed'>>('CheckFailedEventDetails').implement({
  description: 'A check that could not reach a verdict (the state stayed as it was).',
  fields: (t) => ({
    errorClass: t.field({
      type: CheckErrorClassEnum,
      nullable: true,
      description: 'As in lastCheckError.',
      resolve: (d) => (d.errorClass === null ? null : checkErrorClassOf(d.errorClass)),
    }),
    code: t.exposeInt('code', { nullable: true, description: "Graph's error code." }),
    subcode: t.exposeInt('subcode', { nullable: true }),
    message: t.exposeString('message', { nullable: true }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', { nullable: true }),
  }),
});

const FieldChangeRef = builder.objectRef<EventDetailsOf<'authorization.updated'>['changes'][number]>('AuthorizationFieldChange').implement({
  fields: (t) => ({
    field: t.exposeString('field', { description: 'label, description or ownerEmail.' }),
    from: t.exposeString('from', { nullable: true }),
    to: t.exposeString('to', { nullable: true }),
  }),
});

const UpdatedRef = builder.objectRef<EventDetailsOf<'authorization.updated'>>('UpdatedEventDetails').implement({
  fields: (t) => ({ changes: t.field({ type: [FieldChangeRef], resolve: (d) => d.changes }) }),
});

const TokenReplacedRef = builder.objectRef<EventDetailsOf<'authorization.token_replaced'>>('TokenReplacedEventDetails').implement({
  description: 'The token was replaced; only fingerprints (last four characters) are kept.',
  fields: (t) => ({
    fingerprintBefore: t.exposeString('fingerprintBefore', { nullable: true }),
    fingerprintAfter: t.exposeString('fingerprintAfter', { nullable: true }),
  }),
});

const ConnectCancelledRef = builder.objectRef<EventDetailsOf<'authorization.connect_cancelled'>>('ConnectCancelledEventDetails').implement({
  description:
    'The person cancelled the Facebook dialog. The event names the authorization when it was a reconnect, and none when it was a first connect; its label is the one asked for.',
  fields: (t) => ({
    reason: t.exposeString('reason', { nullable: true, description: "Facebook's error_reason, e.g. user_denied." }),
  }),
});

const ExpiringRef = builder.objectRef<EventDetailsOf<'authorization.expiring'>>('ExpiringEventDetails').implement({
  fields: (t) => ({
    kind: t.field({ type: ExpiryKindEnum, nullable: true, description: 'What expires.', resolve: (d) => expiryKindOf(d.kind) }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.expiresAt }),
    thresholdDays: t.exposeInt('thresholdDays', { nullable: true, description: 'The warning threshold that was crossed (e.g. 7 or 1).' }),
  }),
});

const HealthChangedRef = builder.objectRef<EventDetailsOf<'authorization.health_changed'>>('HealthChangedEventDetails').implement({
  description:
    'The health changed, e.g. back to HEALTHY once a check succeeded after failed checks had made it UNKNOWN (no state change then). History only.',
  fields: (t) => ({
    from: t.field({ type: AuthorizationHealthEnum, nullable: true, resolve: (d) => d.from }),
    to: t.field({ type: AuthorizationHealthEnum, nullable: true, resolve: (d) => d.to }),
    state: t.field({ type: TokenStateEnum, nullable: true, description: 'The token state after the change.', resolve: (d) => d.state }),
  }),
});

const SweepFinishedRef = builder.objectRef<EventDetailsOf<'sweep.finished'>>('SweepFinishedEventDetails').implement({
  description:
    "A sweep run ended: what it did to this workspace's authorizations. A workspace event (no authorization), history only: on the workspace's authorizationEvents stream.",
  fields: (t) => ({
    checked: t.exposeInt('checked', { description: 'Authorizations of the workspace this run checked.' }),
    changed: t.exposeInt('changed', { description: 'Of those, how many changed state (by the check or by a renewal).' }),
    failed: t.exposeInt('failed', { description: 'Of those, how many could not be checked (the state was kept).' }),
    stoppedEarly: t.exposeBoolean('stoppedEarly', {
      description:
        'The run ended before visiting every authorization (stopped, paused by throttling, lease lost); the next run resumes it.',
    }),
  }),
});

const refs = {
  'authorization.created': CreatedRef,
  'authorization.deleted': DeletedRef,
  'authorization.state_changed': StateChangedRef,
  'authorization.check_failed': CheckFailedRef,
  'authorization.updated': UpdatedRef,
  'authorization.token_replaced': TokenReplacedRef,
  'authorization.connect_cancelled': ConnectCancelledRef,
  'authorization.expiring': ExpiringRef,
  'ad_accounts.changed': AdAccountsChangedDetailsRef,
  'authorization.health_changed': HealthChangedRef,
  'sweep.finished': SweepFinishedRef,
} as const;

export const AuthorizationEventDetailsRef = builder.unionType('AuthorizationEventDetails', {
  description: 'One member per event type, named after it.',
  types: Object.values(refs),
  resolveType: (details: EventDetails) => refs[details.type],
});
