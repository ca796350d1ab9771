// The dashboard header's counts for one workspace: grouped in SQL, never by loading the rows.
import type { Clock } from '../../clock.ts';
import { expiryWindow, HEALTHS, TOKEN_STATES, type Health, type TokenState } from '../../domain/token-state.ts';
import type { AuthorizationRepository } from '../../repositories/authorizations.ts';
import type { AuthorizationHealth } from '../authorizations/authorization-health.ts';

export interface AuthorizationSummary {
  total: number;
  /** Every health, 0 where none. */
  byHealth: { health: Health; count: number }[];
  /** Every state, 0 where none. */
  byState: { state: TokenState; count: number }[];
}

export function createAuthorizationSummary(deps: { authorizations: AuthorizationRepository; health: AuthorizationHealth; clock: Clock }) {
  const { authorizations, health, clock } = deps;
  return {
    summary(workspaceId: string): AuthorizationSummary {
      const byHealth = new Map<Health, number>(HEALTHS.map((h) => [h, 0]));
      const byState = new Map<TokenState, number>(TOKEN_STATES.map((s) => [s, 0]));
      for (const group of authorizations.countsByState(workspaceId, health.unknownAfterFailures)) {
        const failures = group.failing ? health.unknownAfterFailures : 0;
        const of = health.of({ state: group.state, consecutiveCheckFailures: failures });
        byHealth.set(of, byHealth.get(of)! + group.count);
        byState.set(group.state, byState.get(group.state)! + group.count);
      }
      return {
        total: [...byState.values()].reduce((sum, n) => sum + n, 0),
        byHealth: [...byHealth].map(([h, count]) => ({ health: h, count })),
        byState: [...byState].map(([state, count]) => ({ state, count })),
      };
    },
    /** Tokens that have not expired yet and will within `days` days from now. */
    expiringWithinDays(workspaceId: string, days: number): number {
      return authorizations.count(workspaceId, { expiresBetween: expiryWindow(clock.now(), days) });
    },
  };
}

export type AuthorizationSummaryService = ReturnType<typeof createAuthorizationSummary>;
