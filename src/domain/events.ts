// What can happen to an authorization. Notification types go to webhooks and email; the rest are
// history only.

export const NOTIFICATION_EVENT_TYPES = [
  'authorization.created',
  'authorization.deleted',
  'authorization.state_changed',
  'authorization.expiring',
  'ad_accounts.changed',
] as const;
export type NotificationEventType = (typeof NOTIFICATION_EVENT_TYPES)[number];

export const HISTORY_ONLY_EVENT_TYPES = [
  'authorization.check_failed',
  'authorization.updated',
  'authorization.token_replaced',
  'authorization.health_changed',
  // A workspace event (no authorization): a sweep run ended, with what it did in the workspace.
  'sweep.finished',
  // The person pressed Cancel in the Facebook dialog: of a reconnect (with its authorization) or of a first connect (none).
  'authorization.connect_cancelled',
] as const;

export const EVENT_TYPES = [...NOTIFICATION_EVENT_TYPES, ...HISTORY_ONLY_EVENT_TYPES] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const isNotification = (type: string): type is NotificationEventType => NOTIFICATION_EVENT_TYPES.some((known) => known === type);

/** What an authorization.expiring event warns about: the token itself, or its data access. */
export const EXPIRY_KINDS = ['token', 'data_access'] as const;
export type ExpiryKind = (typeof EXPIRY_KINDS)[number];

/** Who caused an event: an API key's name, or one of adsauth's own actors. */
export type EventActor = string;
export const SWEEP_ACTOR = 'sweep';
export const OAUTH_ACTOR = 'oauth';
/** Meta itself: its webhooks and the Facebook Login callbacks. */
export const FACEBOOK_ACTOR = 'facebook';

export interface NewEvent {
  workspaceId: string;
  authorizationId: string | null;
  type: EventType;
  actor: EventActor;
  /** Never a token: labels, states, reasons, account ids. */
  data: Record<string, unknown>;
  /** The authorization's owner address, for the email channel (null: no email). */
  ownerEmail?: string | null;
}
