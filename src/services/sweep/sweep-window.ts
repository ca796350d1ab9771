// One window of a sweep: the token checks (batch requests of at most 50, `concurrency` at once), the
// renewal of tokens about to expire, then the ad-account resync of the authorizations still usable (the
// first page of each token's /me/adaccounts through batch requests of 50).
// Every step stops making calls as soon as a throttling pause is in force.
import { SWEEP_ACTOR } from '../../domain/events.ts';
import { isUsable } from '../../domain/token-state.ts';
import type { AuthorizationRow } from '../../repositories/authorizations.ts';
import { createTurns, mapLimited } from './sweep-pool.ts';
import type { ThrottleGuard } from '../kernel/throttle-guard.ts';
import type { TokenChecker } from '../authorizations/token-checker.ts';
import type { TokenRenewal } from './token-renewal.ts';

/** Graph takes at most 50 items per batch request (docs/graph-api.md "Batch requests"). */
export const CHECK_BATCH_SIZE = 50;

export interface WindowCounts {
  checked: number;
  /** The state changed, by the check or by a renewal's new token. */
  changed: number;
  /** The check failed (transient error, throttling …): the state was kept. */
  failed: number;
  renewed: number;
  /** Graph answered, but the new token would not expire later: the old one was kept, and it is reported. */
  renewalsNotExtended: number;
  renewalsFailed: number;
  adAccountsSynced: number;
  adAccountSyncsFailed: number;
  /** Not resynced because the app or one of its ad accounts is paused: the next sweep does them. */
  adAccountSyncsDeferred: number;
}

export const emptyCounts = (): WindowCounts => ({
  checked: 0,
  changed: 0,
  failed: 0,
  renewed: 0,
  renewalsNotExtended: 0,
  renewalsFailed: 0,
  adAccountsSynced: 0,
  adAccountSyncsFailed: 0,
  adAccountSyncsDeferred: 0,
});

export function addCounts(total: WindowCounts, more: WindowCounts): void {
  for (const key of Object.keys(total) as (keyof WindowCounts)[]) total[key] += more[key];
}

/** /me/adaccounts needs a working token with ads_read or ads_management and live data access. */
const canListAdAccounts = (row: AuthorizationRow) =>
  isUsable(row.state) &&
  row.state !== 'DATA_ACCESS_EXPIRED' &&
  row.scopes.some((scope) => scope === 'ads_read' || scope === 'ads_management');

/** A window's counts, and which of its rows changed state and whose check failed (for the run's counters). */
export interface WindowOutcome {
  counts: WindowCounts;
  changed: ReadonlySet<string>;
  failed: ReadonlySet<string>;
}

export type SweepStage = 'checked' | 'renewed' | 'synced';
export type AdAccountReadOutcome = 'synced' | 'failed';

export function createSweepWindow(deps: {
  checker: TokenChecker;
  renewal: TokenRenewal;
  guard: ThrottleGuard;
  /** Reads the ad accounts of at most 50 authorizations in one batch request and stores each set, writing only in the turns it waits for. */
  syncAdAccounts: (rows: readonly AuthorizationRow[], turn: () => Promise<void>) => Promise<AdAccountReadOutcome[]>;
  /** The rows as stored now (a renewal sealed new tokens into some). */
  reread: (rows: readonly AuthorizationRow[]) => AuthorizationRow[];
  concurrency: number;
  /** Tests: told when a stage of the window has committed, e.g. to crash the run between two stages. */
  afterStage?: (stage: SweepStage, rows: readonly AuthorizationRow[]) => void | Promise<void>;
}) {
  const appPaused = () => deps.guard.appPausedUntil() !== undefined;
  const chunksOf = <T>(items: readonly T[]) => {
    const chunks: T[][] = [];
    for (let i = 0; i < items.length; i += CHECK_BATCH_SIZE) chunks.push(items.slice(i, i + CHECK_BATCH_SIZE));
    return chunks;
  };

  /**
   * Nothing here marks a row as visited: the sweep moves its cursor past the window only once every
   * stage is done, so a crash anywhere in between makes the next run redo the whole window.
   */
  return async function sweepWindow(rows: readonly AuthorizationRow[]): Promise<WindowOutcome> {
    const counts = emptyCounts();
    const turn = createTurns();
    // Each chunk is one batch request, prepared (its tokens opened, its body built) in a turn of the event loop
    // of its own, and stored in small transactions, each in a turn of its own.
    const checked = (
      await mapLimited(chunksOf(rows), deps.concurrency, async (chunk) => {
        await turn();
        return deps.checker.check(chunk, SWEEP_ACTOR, {}, undefined, turn);
      })
    ).flat();
    const before = new Map(rows.map((row) => [row.id, row]));
    const failedNow = (row: AuthorizationRow) => row.consecutiveCheckFailures > (before.get(row.id)?.consecutiveCheckFailures ?? 0);
    const changed = new Set(checked.filter((row) => row.state !== before.get(row.id)?.state).map((row) => row.id));
    const failed = new Set(checked.filter(failedNow).map((row) => row.id));
    Object.assign(counts, { checked: checked.length, changed: changed.size, failed: failed.size });
    await deps.afterStage?.('checked', checked);

    let working = checked.filter((row) => !failedNow(row));
    if (!appPaused()) {
      const renewal = await deps.renewal.renew(working);
      Object.assign(counts, { renewed: renewal.renewed, renewalsNotExtended: renewal.notExtended, renewalsFailed: renewal.failed });
      // A renewal whose new token changed the state changed the row as much as a check would have.
      for (const id of renewal.stateChanged) changed.add(id);
      counts.changed = changed.size;
      if (renewal.renewed > 0) working = deps.reread(working);
    }
    await deps.afterStage?.('renewed', working);

    const listable = working.filter(canListAdAccounts);
    const blocked = deps.guard.withPausedAdAccounts(listable.map((row) => row.id));
    const ready = listable.filter((row) => !blocked.has(row.id));
    counts.adAccountSyncsDeferred = listable.length - ready.length;
    const outcomes = await mapLimited(chunksOf(ready), deps.concurrency, async (chunk) => {
      await turn();
      if (appPaused()) return chunk.map(() => 'deferred' as const);
      return deps.syncAdAccounts(chunk, turn);
    });
    for (const outcome of outcomes.flat()) {
      if (outcome === 'synced') counts.adAccountsSynced++;
      else if (outcome === 'failed') counts.adAccountSyncsFailed++;
      else counts.adAccountSyncsDeferred++;
    }
    await deps.afterStage?.('synced', working);
    return { counts, changed, failed };
  };
}

export type SweepWindow = ReturnType<typeof createSweepWindow>;
