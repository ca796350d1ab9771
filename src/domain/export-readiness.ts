// "Can this authorization push a Custom Audience to this ad account now?" Pure: everything it needs
// comes in as an argument, so each blocker can be tested alone and combined.
import {
  accountQualityUrl,
  adAccountSettingsUrl,
  adsManagerUrl,
  billingUrl,
  customAudienceTosUrl,
  eventsManagerUrl,
  webCustomAudienceTosUrl,
} from './ad-account-urls.ts';
import { AUDIENCE_TASKS, EXPORTABLE_STATUSES, type AdAccountStatus } from './ad-account-status.ts';
import { reconnectBusiness, systemUserSettingsUrl, type AuthorizationMethod } from './health-issues.ts';
import { REQUIRED_SCOPES, type JobType } from './job-types.ts';
import type { Remediation } from './remediation.ts';
import { isKnownToAuthenticate, type TokenState } from './token-state.ts';

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

export interface ExportReadiness {
  ready: boolean;
  blockers: ExportBlocker[];
}

export interface ReadinessInput {
  jobType: JobType;
  token: {
    state: TokenState;
    scopes: readonly string[];
    method: AuthorizationMethod;
    businessId: string | undefined;
    /** The reconnect link of a FACEBOOK_USER authorization. */
    reconnectUrl: string | undefined;
    /** BUSINESS_INTEGRATION: the asset ids the client picked in the dialog; null for the other methods. */
    delegatedAssetIds: readonly string[] | null;
  };
  account: {
    accountId: string;
    status: AdAccountStatus;
    disableReason: string | null;
    businessId: string | undefined;
    customAudienceTosAccepted: boolean;
    webCustomAudienceTosAccepted: boolean;
    tasks: readonly string[];
    /** The connected pixels; lastFiredTime null when one never fired. */
    pixels: readonly { lastFiredTime: Date | null }[];
  };
  accountList: { limit: number | null; full: boolean; holdsAccount: boolean };
  /** A pixel counts as active when it fired within `staleDays` before `now` (ADSAUTH_PIXEL_STALE_DAYS). */
  pixelActivity: { now: Date; staleDays: number };
}

const HEALTHY: readonly TokenState[] = ['VALID', 'EXPIRING_SOON'];

export function exportReadiness(input: ReadinessInput): ExportReadiness {
  const blockers = [
    tokenBlocker(input.token),
    permissionBlocker(input.token, REQUIRED_SCOPES[input.jobType]),
    statusBlocker(input.account),
    ...termsBlockers(input.account, input.jobType),
    pixelBlocker(input.account, input.jobType, input.pixelActivity),
    tasksBlocker(input.account),
    delegationBlocker(input.token, input.account.accountId),
    accountListBlocker(input.account.accountId, input.accountList),
  ].filter((blocker): blocker is ExportBlocker => blocker !== undefined);
  return { ready: blockers.length === 0, blockers };
}

function tokenBlocker(token: ReadinessInput['token']): ExportBlocker | undefined {
  // A token that only lacks a scope is reported by the permission blocker, with its own remedy.
  if (HEALTHY.includes(token.state) || token.state === 'MISSING_PERMISSIONS') return undefined;
  if (token.state === 'UNCHECKED') {
    return {
      code: 'TOKEN_NOT_HEALTHY',
      message: 'The token has not been checked with Facebook yet.',
      remediation: { text: 'Check it now with refreshAuthorization.', url: undefined },
    };
  }
  return {
    code: 'TOKEN_NOT_HEALTHY',
    message: `The token is ${token.state}; see the authorization's tokenStatus.issues.`,
    remediation: renewal(token, 'a new token is needed'),
  };
}

function permissionBlocker(token: ReadinessInput['token'], required: readonly string[]): ExportBlocker | undefined {
  // A token not known to authenticate has stored scopes that say nothing useful.
  if (!isKnownToAuthenticate(token.state)) return undefined;
  const missing = required.filter((scope) => !token.scopes.includes(scope));
  if (missing.length === 0) return undefined;
  const list = missing.join(', ');
  return {
    code: 'MISSING_PERMISSIONS',
    message: `The token lacks ${list}, which Custom Audience exports need.`,
    remediation: renewal(token, `grant ${list}`),
  };
}

function renewal(token: ReadinessInput['token'], why: string): Remediation {
  if (token.method === 'BUSINESS_INTEGRATION') return reconnectBusiness(why);
  if (token.method === 'SYSTEM_USER') {
    return {
      text: `Generate a new system-user token in Business Settings (${why}, with ads_management checked) and register it with replaceSystemUserToken.`,
      url: systemUserSettingsUrl(token.businessId),
    };
  }
  return { text: `Reconnect with Facebook (${why}): the user signs in again and approves the app.`, url: token.reconnectUrl };
}

// What a person can do about each status that takes no audiences.
const STATUS_REMEDIATION: Partial<Record<AdAccountStatus, (id: string) => Remediation>> = {
  DISABLED: (id) => ({
    text: 'Look at the account in Account Quality and request a review if it was disabled in error.',
    url: accountQualityUrl(id),
  }),
  PENDING_RISK_REVIEW: (id) => ({
    text: 'Wait for Facebook to finish its review, or follow the steps shown in Account Quality.',
    url: accountQualityUrl(id),
  }),
  UNSETTLED: (id) => ({ text: 'Pay the outstanding balance in the billing settings of the ad account.', url: billingUrl(id) }),
  PENDING_CLOSURE: (id) => ({
    text: 'The account is being closed: choose another ad account, or reopen it in Ads Manager.',
    url: adsManagerUrl(id),
  }),
  CLOSED: () => ({ text: 'The account is closed: choose another ad account.', url: undefined }),
  UNKNOWN: (id) => ({ text: 'Check the account in Ads Manager, then run refreshAdAccount.', url: adsManagerUrl(id) }),
};

function statusBlocker(account: ReadinessInput['account']): ExportBlocker | undefined {
  const remediation = STATUS_REMEDIATION[account.status];
  if (EXPORTABLE_STATUSES.includes(account.status) || !remediation) return undefined;
  const reason = account.disableReason ? ` (reason: ${account.disableReason})` : '';
  return {
    code: 'ACCOUNT_NOT_ACTIVE',
    message: `The ad account is ${account.status}${reason}; only ACTIVE, IN_GRACE_PERIOD and PENDING_SETTLEMENT accounts take audiences.`,
    remediation: remediation(account.accountId),
  };
}

function termsBlockers(account: ReadinessInput['account'], jobType: JobType): ExportBlocker[] {
  const blockers: ExportBlocker[] = [];
  if (!account.customAudienceTosAccepted) {
    blockers.push({
      code: 'CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED',
      message: "The Custom Audience terms are not accepted for this ad account by the token's identity.",
      remediation: {
        text: 'Open the link as that user (or a system-user admin of the business) and accept the Custom Audience terms.',
        url: customAudienceTosUrl(account.accountId),
      },
    });
  }
  if (jobType === 'EXPORT_AUDIENCES_WEB_TRAFFIC' && !account.webCustomAudienceTosAccepted) {
    blockers.push({
      code: 'WEB_CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED',
      message: 'Web traffic audiences also need the website Custom Audience terms, which are not accepted for this ad account.',
      remediation: {
        text: 'Open the link as that user and accept the website and app Custom Audience terms.',
        url: webCustomAudienceTosUrl(account.accountId),
      },
    });
  }
  return blockers;
}

const DAY_MS = 86_400_000;

/** Web traffic audiences are filled by a pixel's events: one must be connected and have fired lately. */
function pixelBlocker(
  account: ReadinessInput['account'],
  jobType: JobType,
  activity: ReadinessInput['pixelActivity'],
): ExportBlocker | undefined {
  if (jobType !== 'EXPORT_AUDIENCES_WEB_TRAFFIC') return undefined;
  const url = eventsManagerUrl(account.accountId);
  if (account.pixels.length === 0) {
    return {
      code: 'NO_PIXEL',
      message: 'No pixel (dataset) is connected to this ad account; a website audience needs one to collect its visitors.',
      remediation: { text: 'Connect a pixel to the ad account in Events Manager (or set one up), then run syncAdAccounts.', url },
    };
  }
  const freshSince = activity.now.getTime() - activity.staleDays * DAY_MS;
  if (account.pixels.some((pixel) => pixel.lastFiredTime !== null && pixel.lastFiredTime.getTime() >= freshSince)) return undefined;
  return {
    code: 'PIXEL_INACTIVE',
    message: `None of the ${account.pixels.length} pixel(s) connected to this ad account has fired in the last ${activity.staleDays} days, so a website audience would stay empty.`,
    remediation: { text: 'Check in Events Manager that the pixel is installed on the website and receives events.', url },
  };
}

function tasksBlocker(account: ReadinessInput['account']): ExportBlocker | undefined {
  if (AUDIENCE_TASKS.some((task) => account.tasks.includes(task))) return undefined;
  const held = account.tasks.length > 0 ? account.tasks.join(', ') : 'no task';
  return {
    code: 'MISSING_ACCOUNT_TASKS',
    message: `The token's identity has ${held} on this ad account; creating audiences needs MANAGE or ADVERTISE.`,
    remediation: {
      text: "Ask an admin of the ad account to give the token's user or system user the MANAGE or ADVERTISE task in Business Settings, then run syncAdAccounts.",
      url: adAccountSettingsUrl(account.accountId, account.businessId),
    },
  };
}

/**
 * A Login for Business token reaches only the assets the client picked in the dialog. An empty list
 * says nothing (Meta leaves target_ids out when a permission covers every asset); ids may come with
 * or without act_.
 */
function delegationBlocker(token: ReadinessInput['token'], accountId: string): ExportBlocker | undefined {
  const delegated = token.delegatedAssetIds;
  if (token.method !== 'BUSINESS_INTEGRATION' || delegated === null || delegated.length === 0) return undefined;
  if (delegated.some((id) => id.replace(/^act_/, '') === accountId)) return undefined;
  return {
    code: 'ASSET_NOT_DELEGATED',
    message: `The client business did not share ad account ${accountId} with the app when it connected through Login for Business, so its token cannot export to it.`,
    remediation: reconnectBusiness(`pick ad account ${accountId} in the dialog`),
  };
}

function accountListBlocker(accountId: string, list: ReadinessInput['accountList']): ExportBlocker | undefined {
  if (!list.full || list.holdsAccount) return undefined;
  return {
    code: 'ACCOUNT_LIST_FULL',
    message: `The app's account list is full (${list.limit} ad accounts at this access level) and does not hold ${accountId}.`,
    remediation: { text: 'Free a place with removeFromAccountList, or move the app to the next access level.', url: undefined },
  };
}
