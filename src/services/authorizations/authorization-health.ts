// An authorization's health: its state, unless the last ADSAUTH_UNKNOWN_AFTER_FAILURES checks in a
// row failed, which makes it UNKNOWN. The Authorization.health field and the health filter of the
// authorizations query both ask here, so they always agree.
import { healthOf, TOKEN_STATES, type Health } from '../../domain/token-state.ts';
import type { AuthorizationRow, HealthFilter } from '../../repositories/authorizations.ts';

export function createAuthorizationHealth(unknownAfterFailures: number) {
  return {
    unknownAfterFailures,
    of(row: Pick<AuthorizationRow, 'state' | 'consecutiveCheckFailures'>): Health {
      return healthOf(row.state, { consecutiveFailures: row.consecutiveCheckFailures, unknownAfter: unknownAfterFailures });
    },
    /** The repository filter that selects exactly the rows `of` calls `health`. */
    filter(health: Health): HealthFilter {
      return { states: TOKEN_STATES.filter((state) => healthOf(state) === health), unknownAfterFailures, orFailing: health === 'UNKNOWN' };
    },
  };
}

export type AuthorizationHealth = ReturnType<typeof createAuthorizationHealth>;
