// What stands between an export job and an ad account, and what the rules that find it read.
import type { Remediation } from './remediation.ts';
import type { AdAccountStatus } from './ad-account-status.ts';
import type { AuthorizationMethod } from './health-issues.ts';
import type { TokenState } from './token-state.ts';

export type ExportBlockerCode =
  | 'TOKEN_NOT_HEALTHY'
  | 'MISSING_PERMISSIONS'
  | 'ACCOUNT_NOT_ACTIVE'
  | 'CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED'
  | 'WEB_CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED'
  | 'NO_PIXEL'
  | 'PIXEL_INACTIVE'
  | 'MISSING_ACCOUNT_TASKS'
  | 'ASSET_NOT_DELEGATED'
  | 'ACCOUNT_LIST_FULL';

export interface ExportBlocker {
  code: ExportBlockerCode;
  message: string;
  remediation: Remediation;
}

export interface ReadinessToken {
  state: TokenState;
  scopes: readonly string[];
  method: AuthorizationMethod;
  businessId: string | undefined;
  /** The reconnect link of a FACEBOOK_USER authorization. */
  reconnectUrl: string | undefined;
  /** BUSINESS_INTEGRATION: the asset ids the client picked in the dialog; null for the other methods. */
  delegatedAssetIds: readonly string[] | null;
}

export interface ReadinessAccount {
  accountId: string;
  status: AdAccountStatus;
  disableReason: string | null;
  businessId: string | undefined;
  customAudienceTosAccepted: boolean;
  webCustomAudienceTosAccepted: boolean;
  tasks: readonly string[];
  /** The connected pixels; lastFiredTime null when one never fired. */
  pixels: readonly { lastFiredTime: Date | null }[];
}

export interface AccountListPlace {
  limit: number | null;
  full: boolean;
  holdsAccount: boolean;
}

/** A pixel counts as active when it fired within `staleDays` before `now` (ADSAUTH_PIXEL_STALE_DAYS). */
export interface PixelActivity {
  now: Date;
  staleDays: number;
}
