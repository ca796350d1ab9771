// "Is the Facebook app itself ready?": its review status, its business's verification and its Graph
// version, turned into warnings a person can act on. Pure: what Graph said comes in as arguments.
import type { VersionLifecycle } from './graph-versions.ts';
import type { Remediation } from './remediation.ts';

/** Meta's verification_status values (docs/graph-api.md "App review and verification"), upper-cased. */
export const VERIFICATION_STATUSES = [
  'VERIFIED',
  'NOT_VERIFIED',
  'PENDING',
  'PENDING_NEED_MORE_INFO',
  'PENDING_SUBMISSION',
  'REJECTED',
  'REVOKED',
  'EXPIRED',
  'FAILED',
  'INELIGIBLE',
  'UNKNOWN',
] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** Graph's spelling to the enum; a value Meta adds later is UNKNOWN. */
export function verificationStatusOf(raw: string): VerificationStatus {
  const upper = raw.toUpperCase() as VerificationStatus;
  return VERIFICATION_STATUSES.includes(upper) && upper !== 'UNKNOWN' ? upper : 'UNKNOWN';
}

export const APP_PERMISSION_STATUSES = ['LIVE', 'UNAPPROVED', 'UNKNOWN'] as const;
export type AppPermissionStatus = (typeof APP_PERMISSION_STATUSES)[number];

export function appPermissionStatusOf(raw: string): AppPermissionStatus {
  return raw === 'live' ? 'LIVE' : raw === 'unapproved' ? 'UNAPPROVED' : 'UNKNOWN';
}

export type AppWarningCode =
  | 'ACCESS_LEVEL_MISMATCH'
  | 'ACCESS_TIER_UNKNOWN'
  | 'ADS_MANAGEMENT_NOT_LIVE'
  | 'APP_PERMISSIONS_UNREAD'
  | 'BUSINESS_NOT_VERIFIED'
  | 'BUSINESS_UNREAD'
  | 'GRAPH_API_VERSION_ENDING'
  | 'GRAPH_API_VERSION_ENDED';

export interface AppWarning {
  code: AppWarningCode;
  message: string;
  remediation: Remediation;
}

export interface AppReadinessInput {
  appId: string;
  /** undefined: not read from Graph yet */
  permissions: readonly { name: string; status: AppPermissionStatus }[] | undefined;
  /** undefined: FACEBOOK_BUSINESS_ID is not set; null: set, but not read from Graph yet */
  business: { id: string; name: string; verificationStatus: VerificationStatus } | null | undefined;
  configuredBusinessId: string | undefined;
  version: VersionLifecycle;
}

/** A version this close to its end is worth a warning (Meta promises at least 90 days after the next release). */
const VERSION_WARNING_DAYS = 90;

const VERSIONS_URL = 'https://developers.facebook.com/docs/graph-api/changelog/versions';

export function appReadinessWarnings(input: AppReadinessInput): AppWarning[] {
  return [permissionWarning(input), businessWarning(input), versionWarning(input.version)].filter(
    (warning): warning is AppWarning => warning !== undefined,
  );
}

function permissionWarning({ appId, permissions }: AppReadinessInput): AppWarning | undefined {
  const url = `https://developers.facebook.com/apps/${encodeURIComponent(appId)}/app-review/permissions/`;
  if (permissions === undefined) {
    return {
      code: 'APP_PERMISSIONS_UNREAD',
      message: "The app's permissions could not be read from Facebook yet, so its App Review status is unknown.",
      remediation: { text: 'Ask again later; the next sweep reads them too.', url: undefined },
    };
  }
  const adsManagement = permissions.find((permission) => permission.name === 'ads_management');
  if (adsManagement?.status === 'LIVE') return undefined;
  return {
    code: 'ADS_MANAGEMENT_NOT_LIVE',
    message: `ads_management is ${adsManagement ? adsManagement.status : 'not requested'} for this app: only people with a role on the app can grant it.`,
    remediation: { text: 'Request Advanced Access for ads_management in App Review (it needs a verified business).', url },
  };
}

function businessWarning({ business, configuredBusinessId }: AppReadinessInput): AppWarning | undefined {
  if (configuredBusinessId === undefined) return undefined;
  const url = `https://business.facebook.com/settings/security?business_id=${encodeURIComponent(configuredBusinessId)}`;
  if (business === null || business === undefined) {
    return {
      code: 'BUSINESS_UNREAD',
      message: `Business ${configuredBusinessId} (FACEBOOK_BUSINESS_ID) could not be read from Facebook yet, so its verification is unknown.`,
      remediation: { text: 'Check that FACEBOOK_BUSINESS_ID is the business that owns the app; the next sweep reads it again.', url },
    };
  }
  if (business.verificationStatus === 'VERIFIED') return undefined;
  return {
    code: 'BUSINESS_NOT_VERIFIED',
    message: `The app's business ${business.name || business.id} is ${business.verificationStatus}, not VERIFIED: Advanced Access needs Business Verification.`,
    remediation: { text: 'Complete Business Verification in the Security Center of Business Settings.', url },
  };
}

function versionWarning(version: VersionLifecycle): AppWarning | undefined {
  const { daysLeft, availableUntil } = version;
  if (daysLeft === undefined || availableUntil === undefined || daysLeft > VERSION_WARNING_DAYS) return undefined;
  const day = availableUntil.toISOString().slice(0, 10);
  const remediation = { text: 'Move GRAPH_API_VERSION to a newer version after reading its changelog.', url: VERSIONS_URL };
  if (daysLeft < 0) {
    return {
      code: 'GRAPH_API_VERSION_ENDED',
      message: `Graph API ${version.version} ended on ${day}: calls are upgraded or refused by Facebook.`,
      remediation,
    };
  }
  return {
    code: 'GRAPH_API_VERSION_ENDING',
    message: `Graph API ${version.version} ends on ${day}, in ${daysLeft} days.`,
    remediation,
  };
}
