// The blockers that come from the ad account: its status, its terms, the tasks the token's identity
// holds on it, and whether the app's account list has a place for it.
import {
  accountQualityUrl,
  adAccountSettingsUrl,
  adsManagerUrl,
  billingUrl,
  customAudienceTosUrl,
  webCustomAudienceTosUrl,
} from './ad-account-urls.ts';
import { AUDIENCE_TASKS, EXPORTABLE_STATUSES, type AdAccountStatus } from './ad-account-status.ts';
import type { AccountListPlace, ExportBlocker, ReadinessAccount } from './export-blocker.ts';
import type { JobType } from './job-types.ts';
import type { Remediation } from './remediation.ts';

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
  UNKNOWN: (id) => ({ text: 'Check the account in Ads Manager, then refresh it in adsauth.', url: adsManagerUrl(id) }),
};

export function statusBlocker(account: ReadinessAccount): ExportBlocker | undefined {
  const remediation = STATUS_REMEDIATION[account.status];
  if (EXPORTABLE_STATUSES.includes(account.status) || !remediation) return undefined;
  const reason = account.disableReason ? ` (reason: ${account.disableReason})` : '';
  return {
    code: 'ACCOUNT_NOT_ACTIVE',
    message: `The ad account is ${account.status}${reason}; only ACTIVE, IN_GRACE_PERIOD and PENDING_SETTLEMENT accounts take audiences.`,
    remediation: remediation(account.accountId),
  };
}

export function termsBlockers(account: ReadinessAccount, jobType: JobType): ExportBlocker[] {
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

export function tasksBlocker(account: ReadinessAccount): ExportBlocker | undefined {
  if (AUDIENCE_TASKS.some((task) => account.tasks.includes(task))) return undefined;
  const held = account.tasks.length > 0 ? account.tasks.join(', ') : 'no task';
  return {
    code: 'MISSING_ACCOUNT_TASKS',
    message: `The token's identity has ${held} on this ad account; creating audiences needs MANAGE or ADVERTISE.`,
    remediation: {
      text: "Ask an admin of the ad account to give the token's user or system user the MANAGE or ADVERTISE task in Business Settings, then sync the authorization's ad accounts again.",
      url: adAccountSettingsUrl(account.accountId, account.businessId),
    },
  };
}

export function accountListBlocker(accountId: string, list: AccountListPlace): ExportBlocker | undefined {
  if (!list.full || list.holdsAccount) return undefined;
  return {
    code: 'ACCOUNT_LIST_FULL',
    message: `The app's account list is full (${list.limit} ad accounts at this access level) and does not hold ${accountId}.`,
    remediation: {
      text: 'Free a place by taking an ad account off the account list, or move the app to the next access level.',
      url: undefined,
    },
  };
}
