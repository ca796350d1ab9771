// The blockers that come from the token: its state, its permissions, and (Login for Business) the
// assets the client shared with it.
import type { ExportBlocker, ReadinessToken } from './export-blocker.ts';
import { reconnectBusiness, systemUserSettingsUrl } from './health-issues.ts';
import type { Remediation } from './remediation.ts';
import { canWork, isKnownToAuthenticate } from './token-state.ts';

export function tokenBlocker(token: ReadinessToken): ExportBlocker | undefined {
  // A working token that only lacks a scope is reported by the permission blocker, with its own remedy.
  if (canWork(token.state)) return undefined;
  if (token.state === 'UNCHECKED') {
    return {
      code: 'TOKEN_NOT_HEALTHY',
      message: 'The token has not been checked with Facebook yet.',
      remediation: { text: "Check the token now from the authorization's page.", url: undefined },
    };
  }
  return {
    code: 'TOKEN_NOT_HEALTHY',
    message: `The token is ${token.state}; the authorization's health issues say what to do.`,
    remediation: renewal(token, 'a new token is needed'),
  };
}

export function permissionBlocker(token: ReadinessToken, required: readonly string[]): ExportBlocker | undefined {
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

function renewal(token: ReadinessToken, why: string): Remediation {
  if (token.method === 'BUSINESS_INTEGRATION') return reconnectBusiness(why);
  if (token.method === 'SYSTEM_USER') {
    return {
      text: `Generate a new system-user token in Business Settings (${why}, with ads_management checked), then replace this authorization's token with it in adsauth.`,
      url: systemUserSettingsUrl(token.businessId),
    };
  }
  return { text: `Reconnect with Facebook (${why}): the user signs in again and approves the app.`, url: token.reconnectUrl };
}

/**
 * A Login for Business token reaches only the assets the client picked in the dialog. An empty list
 * says nothing (Meta leaves target_ids out when a permission covers every asset); ids may come with
 * or without act_.
 */
export function delegationBlocker(token: ReadinessToken, accountId: string): ExportBlocker | undefined {
  const delegated = token.delegatedAssetIds;
  if (token.method !== 'BUSINESS_INTEGRATION' || delegated === null || delegated.length === 0) return undefined;
  if (delegated.some((id) => id.replace(/^act_/, '') === accountId)) return undefined;
  return {
    code: 'ASSET_NOT_DELEGATED',
    message: `The client business did not share ad account ${accountId} with the app when it connected through Login for Business, so its token cannot export to it.`,
    remediation: reconnectBusiness(`pick ad account ${accountId} in the dialog`),
  };
}
