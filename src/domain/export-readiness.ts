// "Can this authorization push a Custom Audience to this ad account now?" Pure: everything it needs
// comes in as an argument, so each blocker can be tested alone and combined. The blockers live beside
// it by where they come from: the token, the account, the pixel.
import { accountListBlocker, statusBlocker, tasksBlocker, termsBlockers } from './export-account-blockers.ts';
import type { AccountListPlace, ExportBlocker, PixelActivity, ReadinessAccount, ReadinessToken } from './export-blocker.ts';
import { pixelBlocker } from './export-pixel-blocker.ts';
import { delegationBlocker, permissionBlocker, tokenBlocker } from './export-token-blockers.ts';
import { REQUIRED_SCOPES, type JobType } from './job-types.ts';

export interface ExportReadiness {
  ready: boolean;
  blockers: ExportBlocker[];
}

export interface ReadinessInput {
  jobType: JobType;
  token: ReadinessToken;
  account: ReadinessAccount;
  accountList: AccountListPlace;
  pixelActivity: PixelActivity;
}

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
