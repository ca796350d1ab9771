// The Marketing API access levels as the seed document describes them (Development, Basic,
// Standard). Meta has since replaced them with Limited and Full access (docs/graph-api.md "Common pitfalls", "Access levels"); an
// operator can override this table from config, and Graph's own ads_api_access_tier is shown beside it.

export const ACCESS_TIERS = ['DEVELOPMENT', 'BASIC', 'STANDARD'] as const;
export type AccessTier = (typeof ACCESS_TIERS)[number];

export interface AccessLevelPolicy {
  tier: AccessTier;
  description: string;
  /** null = unlimited */
  adAccountLimit: number | null;
  systemUserLimit: number;
  adminSystemUserLimit: number;
  rateLimiting: string;
  businessManagerAccess: string;
  canCreatePages: boolean;
}

export const DEFAULT_ACCESS_LEVELS: readonly AccessLevelPolicy[] = [
  {
    tier: 'DEVELOPMENT',
    description: 'Try and test apps with the API.',
    adAccountLimit: 5,
    systemUserLimit: 1,
    adminSystemUserLimit: 1,
    rateLimiting: 'Heavily rate-limited per ad account. For development only.',
    businessManagerAccess:
      'Limited access to Business Manager and Product Catalog APIs; no Business Manager access to manage ad accounts, user permissions and Pages.',
    canCreatePages: false,
  },
  {
    tier: 'BASIC',
    description: 'Test, iterate, build apps with up to 25 external accounts.',
    adAccountLimit: 25,
    systemUserLimit: 3,
    adminSystemUserLimit: 1,
    rateLimiting: 'Moderately rate limited per ad account.',
    businessManagerAccess:
      'Limited access to Business Manager and Product Catalog APIs; no Business Manager access to manage ad accounts, user permissions and Pages.',
    canCreatePages: false,
  },
  {
    tier: 'STANDARD',
    description: 'Support unlimited accounts and be nominated to the Facebook Marketing Partner program.',
    adAccountLimit: null,
    systemUserLimit: 10,
    adminSystemUserLimit: 1,
    rateLimiting: 'Lightly rate limited per ad account.',
    businessManagerAccess: 'Access to all Business Manager and Product Catalog APIs.',
    canCreatePages: true,
  },
];

/** Levels cannot be skipped: the next tier is the one above, and STANDARD has none. */
export function nextTier(tier: AccessTier): AccessTier | null {
  return ACCESS_TIERS[ACCESS_TIERS.indexOf(tier) + 1] ?? null;
}

/** Graph's header value → the seed's tier (docs/graph-api.md "Access levels": development_access is Limited, standard_access Full). */
export function tierFromHeader(value: string | undefined): AccessTier | undefined {
  if (value === 'development_access') return 'DEVELOPMENT';
  if (value === 'standard_access') return 'STANDARD';
  return undefined;
}

export type AccessPolicyOverrides = Partial<Record<AccessTier, Partial<Omit<AccessLevelPolicy, 'tier'>>>>;

/** An operator's override of some rows' numbers (ADSAUTH_ACCESS_POLICY), applied over the defaults. */
export function applyOverrides(levels: readonly AccessLevelPolicy[], overrides: AccessPolicyOverrides): AccessLevelPolicy[] {
  return levels.map((level) => ({ ...level, ...overrides[level.tier] }));
}

/**
 * A sentence for the operator when the configured level and Graph's header disagree; undefined when
 * they agree. The header knows two values only, so a configured BASIC always disagrees with it.
 */
export function tierDisagreement(configured: AccessTier, observedRaw: string): string | undefined {
  const observed = tierFromHeader(observedRaw);
  if (observed === configured) return undefined;
  const seen = observed ? `${observedRaw} (${observed})` : `${observedRaw}, a value adsauth does not know`;
  return `ADSAUTH_ACCESS_LEVEL is ${configured}, but Graph last reported ads_api_access_tier ${seen}; adsauth enforces ${configured}.`;
}

export interface SystemUserCounts {
  /** Every role but ADMIN (EMPLOYEE, finance and partner roles). */
  regular: number;
  admin: number;
}

/** One sentence per kind of system user the business has more of than the level allows. */
export function systemUserLimitWarnings(policy: AccessLevelPolicy, businessId: string, counts: SystemUserCounts): string[] {
  const warnings: string[] = [];
  if (counts.regular > policy.systemUserLimit) {
    warnings.push(
      `Business ${businessId} has ${counts.regular} system users, over the ${policy.systemUserLimit} that ${policy.tier} access allows.`,
    );
  }
  if (counts.admin > policy.adminSystemUserLimit) {
    warnings.push(
      `Business ${businessId} has ${counts.admin} admin system users, over the ${policy.adminSystemUserLimit} that ${policy.tier} access allows.`,
    );
  }
  return warnings;
}
