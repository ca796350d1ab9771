// The words the dashboard shows for the API's enum values.
import type {
  AdAccountStatus,
  AdAccountTerms,
  AuthorizationHealth,
  AuthorizationMethod,
  CheckErrorClass,
  DeliveryStatus,
  ExpiryKind,
  HealthIssueCode,
  JobType,
  TokenState,
  WebhookEventType,
} from '../gql/graphql';

export const JOB_TYPE_LABEL: Record<JobType, string> = {
  EXPORT_AUDIENCES: 'Export Audiences',
  EXPORT_AUDIENCES_WEB_TRAFFIC: 'Export Audiences (Web Traffic)',
};

export const METHOD_LABEL: Record<AuthorizationMethod, string> = {
  FACEBOOK_USER: 'Facebook user',
  SYSTEM_USER: 'System user',
  BUSINESS_INTEGRATION: 'Login for Business',
};

export const HEALTH_LABEL: Record<AuthorizationHealth, string> = {
  HEALTHY: 'Healthy',
  UNHEALTHY: 'Unhealthy',
  UNKNOWN: 'Unknown',
};

export const STATE_LABEL: Record<TokenState, string> = {
  VALID: 'Valid',
  EXPIRING_SOON: 'Expiring soon',
  EXPIRED: 'Expired',
  INVALIDATED: 'Invalidated',
  REVOKED: 'Revoked',
  MISSING_PERMISSIONS: 'Missing permissions',
  DATA_ACCESS_EXPIRED: 'Data access expired',
  UNCHECKED: 'Not checked yet',
};

export const HEALTH_ISSUE_LABEL: Record<HealthIssueCode, string> = {
  TOKEN_EXPIRED: 'Token expired',
  TOKEN_INVALIDATED: 'Token invalidated',
  TOKEN_REVOKED: 'Access revoked',
  DATA_ACCESS_EXPIRED: 'Data access expired',
  MISSING_PERMISSIONS: 'Missing permissions',
  TOKEN_EXPIRING_SOON: 'Token expiring soon',
  DATA_ACCESS_EXPIRING_SOON: 'Data access expiring soon',
};

export const CHECK_ERROR_LABEL: Record<CheckErrorClass, string> = {
  REAUTH: 'Facebook refused the token',
  PERMISSION: 'Permission missing',
  THROTTLE: 'Rate-limited by Facebook',
  TRANSIENT: 'Facebook unavailable',
  CLIENT: 'Request refused by Facebook',
  DECRYPTION: 'Stored token unreadable',
  UNKNOWN: 'Check failed',
};

export const EXPIRY_KIND_LABEL: Record<ExpiryKind, string> = {
  TOKEN: 'The token',
  DATA_ACCESS: 'Data access',
  UNKNOWN: 'Access',
};

export const AD_ACCOUNT_STATUS_LABEL: Record<AdAccountStatus, string> = {
  ACTIVE: 'Active',
  DISABLED: 'Disabled',
  UNSETTLED: 'Unsettled',
  PENDING_RISK_REVIEW: 'Pending risk review',
  PENDING_SETTLEMENT: 'Pending settlement',
  IN_GRACE_PERIOD: 'In grace period',
  PENDING_CLOSURE: 'Pending closure',
  CLOSED: 'Closed',
  UNKNOWN: 'Unknown status',
};

export const TERMS_LABEL: Record<AdAccountTerms, string> = {
  CUSTOM_AUDIENCE_TOS: 'Custom Audience terms',
  WEB_CUSTOM_AUDIENCE_TOS: 'Website Custom Audience terms',
  UNKNOWN: 'Terms',
};

export const EVENT_TYPE_LABEL: Record<WebhookEventType, string> = {
  AUTHORIZATION_CREATED: 'Authorization created',
  AUTHORIZATION_DELETED: 'Authorization deleted',
  AUTHORIZATION_STATE_CHANGED: 'State changed',
  AUTHORIZATION_EXPIRING: 'Expiring',
  AD_ACCOUNTS_CHANGED: 'Ad accounts changed',
};

export const DELIVERY_STATUS_LABEL: Record<DeliveryStatus, string> = {
  PENDING: 'Pending',
  DELIVERED: 'Delivered',
  FAILED: 'Failed',
};

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

export function formatDate(iso: string | null | undefined, never = '—'): string {
  return iso ? date.format(new Date(iso)) : never;
}
