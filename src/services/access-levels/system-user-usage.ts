import type { AccessLevelPolicy, SystemUserCounts } from '../../domain/access-levels.ts';
import { systemUserLimitWarnings } from '../../domain/access-levels.ts';
import { ValidationError } from '../../domain/authorization-errors.ts';
import { BusinessNotReachable } from '../../domain/system-user-usage-errors.ts';
import { GraphError } from '../../graph/errors.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import type { AuthorizationRepository, AuthorizationRow } from '../../repositories/authorizations.ts';
import { rethrowGraphFailure } from '../kernel/graph-failures.ts';
import { openToken } from '../kernel/sealed-tokens.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';

export interface SystemUserUsage extends SystemUserCounts {
  businessId: string;
  policy: AccessLevelPolicy;
  /** The authorization whose token read /{business-id}/system_users. */
  authorizationId: string;
  warnings: string[];
}

const CANDIDATES_TRIED = 3;

/** A business's system users against the access level's limits (seed: 1/3/10 system users and 1 admin). */
export function createSystemUserUsageService(deps: {
  graph: GraphApi;
  authorizations: AuthorizationRepository;
  cipher: TokenCipher;
  policy: () => AccessLevelPolicy;
}) {
  async function count(token: string, businessId: string, signal: AbortSignal | undefined): Promise<SystemUserCounts> {
    const systemUsers = await deps.graph.listSystemUsers(token, businessId, { signal });
    const admin = systemUsers.filter((user) => user.role.toUpperCase() === 'ADMIN').length;
    return { regular: systemUsers.length - admin, admin };
  }

  return {
    /**
     * Reads the business's system users with a healthy authorization of this workspace that has
     * business_management: first those registered for that business, then people's tokens.
     */
    async forBusiness(workspaceId: string, rawBusinessId: string, signal?: AbortSignal): Promise<SystemUserUsage> {
      const businessId = rawBusinessId.trim();
      if (!/^\d{1,30}$/.test(businessId)) throw new ValidationError('businessId: must be the numeric Business Manager id', 'businessId');
      const candidates = deps.authorizations
        .page(workspaceId, { states: ['VALID', 'EXPIRING_SOON'] }, 500, undefined)
        .filter((row) => row.scopes.includes('business_management') && (row.businessId === businessId || row.method === 'FACEBOOK_USER'))
        .sort((a, b) => rank(a, businessId) - rank(b, businessId))
        .slice(0, CANDIDATES_TRIED);
      for (const row of candidates) {
        try {
          const counts = await count(openToken(deps.cipher, row), businessId, signal);
          const policy = deps.policy();
          return { businessId, ...counts, policy, authorizationId: row.id, warnings: systemUserLimitWarnings(policy, businessId, counts) };
        } catch (error) {
          // Another candidate may reach the business when this one may not (100/33, permissions, a dead token).
          if (error instanceof GraphError && error.errorClass !== 'TRANSIENT' && error.errorClass !== 'THROTTLE') continue;
          rethrowGraphFailure(error);
        }
      }
      throw new BusinessNotReachable(businessId);
    },

    /** For registerSystemUserToken: warnings only, never a refusal, and none without business_management. */
    async registrationWarnings(
      token: string,
      input: { businessId: string | undefined; scopes: readonly string[] },
      signal?: AbortSignal,
    ): Promise<string[]> {
      if (!input.businessId || !input.scopes.includes('business_management')) return [];
      try {
        return systemUserLimitWarnings(deps.policy(), input.businessId, await count(token, input.businessId, signal));
      } catch (error) {
        if (!(error instanceof GraphError)) throw error;
        return [
          `The system users of business ${input.businessId} could not be counted against the access level's limits: ${error.message}`,
        ];
      }
    },
  };
}

function rank(row: AuthorizationRow, businessId: string): number {
  return row.businessId === businessId ? 0 : 1;
}

export type SystemUserUsageService = ReturnType<typeof createSystemUserUsageService>;
