// The words the dashboard shows for the API's enum values.
import type { AuthorizationHealth, AuthorizationMethod, TokenState } from '../gql/graphql';

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

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

export function formatDate(iso: string | null | undefined, never = '—'): string {
  return iso ? date.format(new Date(iso)) : never;
}
