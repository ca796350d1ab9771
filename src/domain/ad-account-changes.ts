// What a sync can find changed on one ad account, and the details kept for each kind of change. Pure.
import type { AdAccountStatus } from './ad-account-status.ts';

export const AD_ACCOUNT_CHANGE_KINDS = ['GAINED', 'LOST', 'STATUS_CHANGED', 'TOS_CHANGED', 'TASKS_CHANGED'] as const;
export type AdAccountChangeKind = (typeof AD_ACCOUNT_CHANGE_KINDS)[number];

/** The ad-account terms a sync watches, named as Graph's tos_accepted names them. */
export const AD_ACCOUNT_TERMS = ['custom_audience_tos', 'web_custom_audience_tos'] as const;
export type AdAccountTerms = (typeof AD_ACCOUNT_TERMS)[number];

/** One terms flag before and after. */
export interface TermsFlagChange {
  from: boolean;
  to: boolean;
}

export interface AdAccountChangeDetailsByKind {
  GAINED: { name: string; status: AdAccountStatus };
  LOST: { name: string };
  STATUS_CHANGED: { from: AdAccountStatus; to: AdAccountStatus; disableReason: string | null };
  TOS_CHANGED: { customAudienceTosAccepted: TermsFlagChange; webCustomAudienceTosAccepted: TermsFlagChange };
  TASKS_CHANGED: { from: string[]; to: string[] };
}

export type AdAccountChangeDetails = AdAccountChangeDetailsByKind[AdAccountChangeKind];

/** A kind of change with the details that go with it. */
export type AdAccountChangeOf = {
  [K in AdAccountChangeKind]: { change: K; details: AdAccountChangeDetailsByKind[K] };
}[AdAccountChangeKind];
