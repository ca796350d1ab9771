import type { HealthIssueCode } from '../../domain/health-issues.ts';
import { builder } from '../builder.ts';
import { describedValues } from './enum-values.ts';

const descriptions = {
  TOKEN_EXPIRED: 'The token has expired.',
  TOKEN_INVALIDATED: 'Facebook invalidated the token (e.g. the password changed or the session ended): it will not work again.',
  TOKEN_REVOKED: 'The person or business removed the app, or revoked its permissions.',
  DATA_ACCESS_EXPIRED: 'Data access lapsed: the person has not used the app for 90 days.',
  MISSING_PERMISSIONS: 'The token lacks a permission the export jobs need.',
  TOKEN_EXPIRING_SOON: 'The token expires within ADSAUTH_EXPIRY_WARNING_DAYS.',
  DATA_ACCESS_EXPIRING_SOON: "The token's data access expires within ADSAUTH_EXPIRY_WARNING_DAYS.",
} satisfies Record<HealthIssueCode, string>;

export const HealthIssueCodeEnum = builder.enumType('HealthIssueCode', {
  description: 'What is wrong with an authorization, or about to be.',
  values: describedValues(descriptions),
});
