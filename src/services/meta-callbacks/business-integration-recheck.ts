// After business_integration_update (the client added or removed assets): each authorization of the
// business is checked again with debug_token, its delegated assets are stored, and its ad accounts are
// synced. Runs in the background, after the webhook has been answered; failures are logged, and the
// sweep checks the authorization again on its next run.
import type { Clock } from '../../clock.ts';
import { FACEBOOK_ACTOR } from '../../domain/events.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import type { Logger } from '../../log.ts';
import type { AuthorizationRepository, AuthorizationRow } from '../../repositories/authorizations.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import type { AfterTokenStored } from '../authorizations/after-token-stored.ts';
import { checkEvents } from '../authorizations/authorization-events.ts';
import { delegatedAssetIds } from '../authorizations/business-token.ts';
import { successfulCheckPatch } from '../authorizations/token-checks.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import { openToken } from '../kernel/sealed-tokens.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';

export function createBusinessIntegrationRecheck(deps: {
  graph: GraphApi;
  clock: Clock;
  log: Logger;
  expiryWarningDays: number;
  authorizations: AuthorizationRepository;
  cipher: TokenCipher;
  transaction: RunInTransaction;
  recorder: EventRecorder;
  afterTokenStored: AfterTokenStored;
}) {
  const running = new Set<Promise<void>>();

  async function recheck(before: AuthorizationRow): Promise<void> {
    const info = await deps.graph.debugToken(openToken(deps.cipher, before));
    const now = deps.clock.now();
    const after = deps.transaction(() => {
      const updated = deps.authorizations.update(before.workspaceId, before.id, {
        ...successfulCheckPatch(info, { now, warningDays: deps.expiryWarningDays }),
        delegatedAssetIds: delegatedAssetIds(info),
        lastCheckError: null,
      });
      if (updated) for (const event of checkEvents(before, updated, FACEBOOK_ACTOR)) deps.recorder.record(event);
      return updated;
    });
    if (after) await deps.afterTokenStored(after);
  }

  return {
    enqueue(rows: readonly AuthorizationRow[]): void {
      for (const row of rows) {
        const work = recheck(row)
          .catch((error: unknown) =>
            deps.log.warn({ err: error, authorizationId: row.id }, 'Re-check after business_integration_update failed'),
          )
          .finally(() => running.delete(work));
        running.add(work);
      }
    },
    /** Resolves once the re-checks queued so far have finished (a graceful stop waits for it). */
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}

export type BusinessIntegrationRecheck = ReturnType<typeof createBusinessIntegrationRecheck>;
