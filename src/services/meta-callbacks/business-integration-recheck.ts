// After business_integration_update (the client added or removed assets): each authorization of the
// business is checked again by the token checker (which stores the delegated assets of such a token)
// and, when the check succeeded, its ad accounts are synced. Runs in the background, after the webhook
// has been answered; failures are logged, and the sweep checks the authorization again on its next run.
import { FACEBOOK_ACTOR } from '../../domain/events.ts';
import type { Logger } from '../../log.ts';
import type { AuthorizationRow } from '../../repositories/authorizations.ts';
import type { AfterTokenStored } from '../authorizations/after-token-stored.ts';
import type { TokenChecker } from '../authorizations/token-checker.ts';

export function createBusinessIntegrationRecheck(deps: { log: Logger; checker: TokenChecker; afterTokenStored: AfterTokenStored }) {
  const running = new Set<Promise<void>>();

  async function recheck(rows: readonly AuthorizationRow[]): Promise<void> {
    for (const after of await deps.checker.check(rows, FACEBOOK_ACTOR)) {
      if (after.consecutiveCheckFailures === 0) await deps.afterTokenStored(after);
    }
  }

  return {
    enqueue(rows: readonly AuthorizationRow[]): void {
      if (rows.length === 0) return;
      const work = recheck(rows)
        .catch((error: unknown) =>
          deps.log.warn({ err: error, authorizationIds: rows.map((row) => row.id) }, 'Re-check after business_integration_update failed'),
        )
        .finally(() => running.delete(work));
      running.add(work);
    },
    /** Resolves once the re-checks queued so far have finished (a graceful stop waits for it). */
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}

export type BusinessIntegrationRecheck = ReturnType<typeof createBusinessIntegrationRecheck>;
