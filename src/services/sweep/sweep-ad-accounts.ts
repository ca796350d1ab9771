// The sweep's ad-account resync of up to 50 authorizations: the first page of each token's
// /me/adaccounts as items of one batch request (further pages one by one), then one transaction per
// authorization that replaces its stored set. A failure keeps that authorization's previous set.
import { SWEEP_ACTOR } from '../../domain/events.ts';
import { GraphError } from '../../graph/errors.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import type { Logger } from '../../log.ts';
import type { AuthorizationRow } from '../../repositories/authorizations.ts';
import type { AdAccountSyncService } from '../ad-accounts/ad-account-sync.ts';
import { openToken } from '../kernel/sealed-tokens.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';
import { createTimeSlices } from './sweep-pool.ts';
import type { AdAccountReadOutcome } from './sweep-window.ts';

/**
 * How long the stores of one batch may hold the event loop before they wait for a turn: a store costs
 * from half a millisecond (no accounts) to several (accounts that changed, with their events).
 */
const STORE_SLICE_MS = 5;

export function createSweepAdAccountSync(deps: { graph: GraphApi; cipher: TokenCipher; adAccountSync: AdAccountSyncService; log: Logger }) {
  const syncFailed = (row: AuthorizationRow, error: unknown): AdAccountReadOutcome => {
    deps.log.warn(
      { authorizationId: row.id, reason: error instanceof Error ? { name: error.name, message: error.message } : String(error) },
      'sweep: ad-account resync failed; the previous set is kept',
    );
    return 'failed';
  };

  /** Writes only in the turns of the event loop that `turn` gives it. */
  return async function syncAdAccounts(rows: readonly AuthorizationRow[], turn: () => Promise<void>): Promise<AdAccountReadOutcome[]> {
    const tokens = rows.map((row) => {
      try {
        return openToken(deps.cipher, row);
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    });
    const readable = tokens.filter((token): token is string => typeof token === 'string');
    const lists = await deps.graph.listAdAccountsOfTokens(readable).catch((error: unknown) => {
      // The whole batch failed (after the client's retries): every row keeps its previous set.
      if (error instanceof GraphError) return readable.map(() => error);
      throw error;
    });
    let next = 0;
    const outcomes: AdAccountReadOutcome[] = [];
    const slice = createTimeSlices(turn, STORE_SLICE_MS);
    for (const [i, row] of rows.entries()) {
      await slice();
      const token = tokens[i]!;
      const records = typeof token === 'string' ? lists[next++]! : token;
      if (records instanceof Error) {
        outcomes.push(syncFailed(row, records));
        continue;
      }
      try {
        deps.adAccountSync.store(row, records, SWEEP_ACTOR);
        outcomes.push('synced');
      } catch (error) {
        outcomes.push(syncFailed(row, error));
      }
    }
    return outcomes;
  };
}
