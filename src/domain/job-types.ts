// Which Graph permissions each export job needs (seed: "ads_management" for Audience Management,
// "ads_read" is enough for Insights).

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

export function supportedJobTypes(grantedScopes: readonly string[]): JobType[] {
  const granted = new Set(grantedScopes);
  return JOB_TYPES.filter((job) => REQUIRED_SCOPES[job].every((scope) => granted.has(scope)));
}
