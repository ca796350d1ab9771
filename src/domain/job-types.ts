// Which Graph permissions each export job needs (seed: "ads_management" for Audience Management,
// "ads_read" is enough for Insights).
import { canWork, isKnownToAuthenticate, type TokenState } from './token-state.ts';

export const JOB_TYPES = ['EXPORT_AUDIENCES', 'EXPORT_AUDIENCES_WEB_TRAFFIC'] as const;
export type JobType = (typeof JOB_TYPES)[number];

export const REQUIRED_SCOPES: Record<JobType, readonly string[]> = {
  EXPORT_AUDIENCES: ['ads_management'],
  EXPORT_AUDIENCES_WEB_TRAFFIC: ['ads_management'],
};

/** Every scope some supported job needs: what a token must hold to be fully usable. */
export const REQUIRED_FOR_ALL_JOBS: readonly string[] = [...new Set(Object.values(REQUIRED_SCOPES).flat())];

/** Scopes a person may be asked for in the OAuth dialog. */
export const REQUESTABLE_SCOPES = ['ads_management', 'ads_read', 'business_management', 'public_profile', 'email'] as const;

export const DEFAULT_OAUTH_SCOPES: readonly string[] = ['ads_management'];

export interface TokenGrant {
  state: TokenState;
  scopes: readonly string[];
}

/**
 * The jobs this token can do now: none unless it works (see canWork, the rule health follows too), then
 * those whose scopes it holds. So a HEALTHY token supports every job, and EXPIRED, DATA_ACCESS_EXPIRED
 * or UNCHECKED support none whatever scopes were stored.
 */
export function supportedJobTypes(token: TokenGrant): JobType[] {
  if (!canWork(token.state)) return [];
  const granted = new Set(token.scopes);
  return JOB_TYPES.filter((job) => REQUIRED_SCOPES[job].every((scope) => granted.has(scope)));
}

/** The scopes some job needs that the token lacks; none for a token not known to authenticate, whose stored scopes say nothing. */
export function missingScopes(token: TokenGrant): string[] {
  if (!isKnownToAuthenticate(token.state)) return [];
  return REQUIRED_FOR_ALL_JOBS.filter((scope) => !token.scopes.includes(scope));
}
