import {
  DEFAULT_ACCESS_LEVELS,
  nextTier,
  tierDisagreement,
  tierFromHeader,
  type AccessLevelPolicy,
  type AccessTier,
} from '../../domain/access-levels.ts';
import type { AppWarning } from '../../domain/app-readiness.ts';
import { upgradeCriteria, type CallTotals } from '../../domain/upgrade-criteria.ts';
import type { AppObservationRepository } from '../../repositories/app-observations.ts';

/** DEFAULT: nothing configured and no tier observed yet, so Development (Meta's default for new apps). */
export type AccessLevelSource = 'CONFIGURED' | 'OBSERVED' | 'DEFAULT';

export interface CurrentAccessLevel {
  policy: AccessLevelPolicy;
  source: AccessLevelSource;
  /** The raw ads_api_access_tier last seen in a usage header, and when. */
  observed: { raw: string; seenAt: Date | null } | undefined;
  /** For the operator: a configured level that Graph contradicts, or a header value adsauth cannot read. */
  warnings: AppWarning[];
}

export interface FacebookAppSummary {
  appId: string;
  graphApiVersion: string;
  sandbox: boolean;
  level: CurrentAccessLevel;
}

/**
 * Which access level adsauth enforces: the configured one when set, otherwise the one Graph's
 * ads_api_access_tier header reported last, otherwise Development.
 */
export function createAccessLevelService(deps: {
  appId: string;
  graphApiVersion: string;
  sandbox: boolean;
  observations: AppObservationRepository;
  levels?: readonly AccessLevelPolicy[];
  configuredTier?: AccessTier | undefined;
  /** Graph calls and errors over the window the upgrade criteria measure (the last 30 days). */
  callTotals: () => CallTotals;
}) {
  const levels = deps.levels ?? DEFAULT_ACCESS_LEVELS;
  const policyOf = (tier: AccessTier) => levels.find((level) => level.tier === tier)!;

  function current(): CurrentAccessLevel {
    const observation = deps.observations.get(deps.appId);
    const raw = observation?.accessTier ?? undefined;
    const observedTier = tierFromHeader(raw);
    const configured = deps.configuredTier;
    const source: AccessLevelSource = configured ? 'CONFIGURED' : observedTier ? 'OBSERVED' : 'DEFAULT';
    const warnings: AppWarning[] = [];
    const setLevel = { text: 'Set ADSAUTH_ACCESS_LEVEL to the level Meta shows in the App Dashboard.', url: undefined };
    if (raw !== undefined && configured) {
      const disagreement = tierDisagreement(configured, raw);
      if (disagreement) warnings.push({ code: 'ACCESS_LEVEL_MISMATCH', message: disagreement, remediation: setLevel });
    } else if (raw !== undefined && !observedTier) {
      warnings.push({
        code: 'ACCESS_TIER_UNKNOWN',
        message: `Graph last reported ads_api_access_tier ${raw}, a value adsauth does not know; adsauth enforces DEVELOPMENT.`,
        remediation: setLevel,
      });
    }
    return {
      policy: policyOf(configured ?? observedTier ?? 'DEVELOPMENT'),
      source,
      observed: raw === undefined ? undefined : { raw, seenAt: observation?.accessTierSeenAt ?? null },
      warnings,
    };
  }

  return {
    levels: () => levels,
    current,
    app: (): FacebookAppSummary => ({ appId: deps.appId, graphApiVersion: deps.graphApiVersion, sandbox: deps.sandbox, level: current() }),

    /** What reaching the tier above `tier` takes, measured where adsauth can (its own call counters). */
    upgradeCriteria(tier: AccessTier) {
      return upgradeCriteria(nextTier(tier), deps.callTotals());
    },
  };
}

export type AccessLevelService = ReturnType<typeof createAccessLevelService>;
