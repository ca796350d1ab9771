import { DEFAULT_ACCESS_LEVELS, tierFromHeader, type AccessLevelPolicy, type AccessTier } from '../domain/access-levels.ts';
import type { AppObservationRepository } from '../repositories/app-observations.ts';

export type AccessLevelSource = 'CONFIGURED' | 'OBSERVED' | 'DEFAULT';

/**
 * Which access level adsauth enforces: the configured one when set, otherwise the one Graph's
 * ads_api_access_tier header reported last, otherwise Development (Meta's default for new apps).
 */
export function createAccessLevelService(deps: {
  appId: string;
  observations: AppObservationRepository;
  levels?: readonly AccessLevelPolicy[];
  configuredTier?: AccessTier | undefined;
}) {
  const levels = deps.levels ?? DEFAULT_ACCESS_LEVELS;
  const policyOf = (tier: AccessTier) => levels.find((level) => level.tier === tier)!;
  return {
    levels: () => levels,
    current() {
      const observation = deps.observations.get(deps.appId);
      const observedTier = tierFromHeader(observation?.accessTier ?? undefined);
      const source: AccessLevelSource = deps.configuredTier ? 'CONFIGURED' : observedTier ? 'OBSERVED' : 'DEFAULT';
      const tier = deps.configuredTier ?? observedTier ?? 'DEVELOPMENT';
      return {
        policy: policyOf(tier),
        source,
        observed: observation?.accessTier ? { raw: observation.accessTier, seenAt: observation.accessTierSeenAt } : undefined,
      };
    },
  };
}

export type AccessLevelService = ReturnType<typeof createAccessLevelService>;
