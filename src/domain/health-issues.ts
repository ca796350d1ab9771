// Turns token problems into issues a person can act on: what is wrong, and what to do about it.
import type { Remediation } from './remediation.ts';
import { isRefused, type TokenProblem } from './token-state.ts';

export const AUTHORIZATION_METHODS = ['FACEBOOK_USER', 'SYSTEM_USER', 'BUSINESS_INTEGRATION'] as const;
export type AuthorizationMethod = (typeof AUTHORIZATION_METHODS)[number];

export type HealthIssueCode =
  | 'TOKEN_EXPIRED'
  | 'TOKEN_INVALIDATED'
  | 'TOKEN_REVOKED'
  | 'DATA_ACCESS_EXPIRED'
  | 'MISSING_PERMISSIONS'
  | 'TOKEN_EXPIRING_SOON'
  | 'DATA_ACCESS_EXPIRING_SOON';

export interface HealthIssue {
  code: HealthIssueCode;
  message: string;
  remediation: Remediation;
}

export interface RemediationLinks {
  method: AuthorizationMethod;
  /** A link that sends a person through the Facebook dialog again for this authorization. */
  reconnectUrl: string | undefined;
  businessId: string | undefined;
}

// Business Settings' system-user page; the exact URL shape is not documented by Meta.
export function systemUserSettingsUrl(businessId: string | undefined): string {
  const base = 'https://business.facebook.com/settings/system-users';
  return businessId ? `${base}?business_id=${encodeURIComponent(businessId)}` : base;
}

// Where a client business manages the apps it connected through Login for Business.
const CONNECTED_APPS_URL = 'https://business.facebook.com/settings/connected-apps';

/** A business integration is renewed by the client, who connects again through Login for Business. */
export function reconnectBusiness(why: string): Remediation {
  return {
    text: `Connect the business again with Login for Business (${why}): an admin of the client's business goes through the Login for Business dialog again and picks the ad accounts; the app must appear in Business Settings > Integrations > Connected apps.`,
    url: CONNECTED_APPS_URL,
  };
}

function renewal(links: RemediationLinks, why: string): Remediation {
  if (links.method === 'BUSINESS_INTEGRATION') return reconnectBusiness(why);
  if (links.method === 'SYSTEM_USER') {
    return {
      text: `Generate a new system-user token in Business Settings (${why}), then replace this authorization's token with it in adsauth.`,
      url: systemUserSettingsUrl(links.businessId),
    };
  }
  return { text: `Reconnect with Facebook (${why}): the user signs in again and approves the app.`, url: links.reconnectUrl };
}

/** How each kind of authorization gets a token that holds the permissions `list` names. */
function grantAgain(links: RemediationLinks, list: string): Remediation {
  if (links.method === 'BUSINESS_INTEGRATION') return reconnectBusiness(`the configuration must include ${list}`);
  if (links.method === 'SYSTEM_USER') {
    return {
      text: `Generate a new system-user token with ${list} checked in Business Settings, then replace this authorization's token with it in adsauth.`,
      url: systemUserSettingsUrl(links.businessId),
    };
  }
  return { text: `Reconnect with Facebook and grant ${list} (the dialog asks again for declined permissions).`, url: links.reconnectUrl };
}

const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * A token that no longer authenticates needs a new one whatever it lacks, and debug_token lists no scopes
 * for a revoked or unparseable one: a scope issue beside it would be false. Rows checked before
 * assessToken knew this may still hold one.
 */
function withoutScopesOfDeadTokens(problems: readonly TokenProblem[]): readonly TokenProblem[] {
  if (!problems.some((problem) => isRefused(problem.kind))) return problems;
  return problems.filter((problem) => problem.kind !== 'MISSING_PERMISSIONS');
}

/**
 * 190/460 means "the session was invalidated": for a person, by a password change or a security reset;
 * a system user has no password, so its token's session ends when the token is revoked, or replaced by
 * a new one generated in Business Settings (docs/graph-api.md "Codes and subcodes").
 */
function invalidationReason(problem: Extract<TokenProblem, { kind: 'INVALIDATED' }>, method: AuthorizationMethod): string {
  if (problem.subcode !== 460 || method === 'FACEBOOK_USER') return problem.reason;
  return "its session was ended: the system user's token was revoked or regenerated in Business Settings, or Facebook reset the session for security reasons";
}

/**
 * `expiredScopes`: the permissions /me/permissions reports as expired (unused for 90 days): a missing
 * one of these is said to have expired, not to have been refused.
 */
export function describeProblems(
  problems: readonly TokenProblem[],
  links: RemediationLinks,
  expiredScopes: readonly string[] = [],
): HealthIssue[] {
  return withoutScopesOfDeadTokens(problems).map((problem): HealthIssue => {
    switch (problem.kind) {
      case 'EXPIRED':
        return {
          code: 'TOKEN_EXPIRED',
          message: problem.at ? `The token expired on ${day(problem.at)}.` : 'The token has expired.',
          remediation: renewal(links, 'an expired token cannot be renewed'),
        };
      case 'INVALIDATED':
        return {
          code: 'TOKEN_INVALIDATED',
          message: `Facebook invalidated the token: ${invalidationReason(problem, links.method)}.`,
          remediation: renewal(links, 'the old token will not work again'),
        };
      case 'REVOKED':
        return {
          code: 'TOKEN_REVOKED',
          message: `The token was revoked: ${problem.reason}.`,
          remediation: renewal(links, 'the app must be approved again'),
        };
      case 'DATA_ACCESS_EXPIRED':
        return {
          code: 'DATA_ACCESS_EXPIRED',
          message: `Data access expired on ${day(problem.at)}: the user has not used the app for 90 days.`,
          remediation: renewal(links, 'this renews data access for another 90 days'),
        };
      case 'MISSING_PERMISSIONS': {
        const list = problem.missing.join(', ');
        const lapsed = problem.missing.filter((scope) => expiredScopes.includes(scope));
        const why =
          lapsed.length > 0
            ? ` ${lapsed.join(', ')} expired after 90 days unused, and Facebook asks the user to grant ${lapsed.length > 1 ? 'them' : 'it'} again.`
            : '';
        return {
          code: 'MISSING_PERMISSIONS',
          message: `The token lacks ${list}, which audience exports need.${why}`,
          remediation: grantAgain(links, list),
        };
      }
      case 'EXPIRING_SOON':
        return {
          code: problem.what === 'token' ? 'TOKEN_EXPIRING_SOON' : 'DATA_ACCESS_EXPIRING_SOON',
          message: `The ${problem.what === 'token' ? 'token' : "token's data access"} expires on ${day(problem.at)}.`,
          remediation: renewal(links, 'before it expires, to avoid an interruption'),
        };
    }
  });
}
