// One window of a sweep: the token checks (batch requests of at most 50, `concurrency` at once), the
// renewal of tokens about to expire, then the ad-account resync of the authorizations still usable.
// Every step stops making calls as soon as a throttling pause is in force.
import { SWEEP_ACTOR } from '../../domain/events.ts';
import { isUsable } from '../../domain/token-state.ts';
import type { AuthorizationRow } from '../../repositories/authorizations.ts';
import type { SweepRunRepository } from '../../repositories/sweep-runs.ts';
import { mapLimited } from './sweep-pool.ts';
import type { ThrottleGuard } from '../kernel/throttle-guard.ts';
import type { TokenChecker } from '../authorizations/token-checker.ts';
import type { TokenRenewal } from './token-renewal.ts';

/** Graph takes at most 50 items per batch request (docs/graph-api.md "Batch requests"). */
export const CHECK_BATCH_SIZE = 50;

export interface WindowCounts {
  checked: number;
  /** The state changed. */
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

export function createSweepWindow(deps: {
  checker: TokenChecker;
  renewal: TokenRenewal;
  guard: ThrottleGuard;
  runs: SweepRunRepository;
  /** Resolves true when the ad accounts were read and stored. */
  syncAdAccounts: (row: AuthorizationRow) => Promise<boolean>;
  concurrency: number;
}) {
  const appPaused = () => deps.guard.appPausedUntil() !== undefined;

  return async function sweepWindow(rows: readonly AuthorizationRow[], runId: string): Promise<WindowCounts> {
    const counts = emptyCounts();
    const chunks: AuthorizationRow[][] = [];
    for (let i = 0; i < rows.length; i += CHECK_BATCH_SIZE) chunks.push(rows.slice(i, i + CHECK_BATCH_SIZE));
    // Each chunk is one batch request and one transaction that also marks its rows as visited by this run.
    const checked = (
      await mapLimited(chunks, deps.concurrency, (chunk) => deps.checker.check(chunk, SWEEP_ACTOR, { lastSweptRunId: runId }))
    ).flat();
    const before = new Map(rows.map((row) => [row.id, row]));
    const failedNow = (row: AuthorizationRow) => row.consecutiveCheckFailures > (before.get(row.id)?.consecutiveCheckFailures ?? 0);
    counts.checked = checked.length;
    counts.changed = checked.filter((row) => row.state !== before.get(row.id)?.state).length;
    counts.failed = checked.filter(failedNow).length;
    deps.runs.addCounts(runId, { changed: counts.changed, failed: counts.failed });

    const working = checked.filter((row) => !failedNow(row));
    if (!appPaused()) {
      const renewal = await deps.renewal.renew(working);
      Object.assign(counts, { renewed: renewal.renewed, renewalsNotExtended: renewal.notExtended, renewalsFailed: renewal.failed });
    }

    const listable = working.filter(canListAdAccounts);
    const blocked = deps.guard.withPausedAdAccounts(listable.map((row) => row.id));
    const outcomes = await mapLimited(listable, deps.concurrency, async (row) => {
      if (blocked.has(row.id) || appPaused()) return 'deferred' as const;
      return (await deps.syncAdAccounts(row)) ? ('synced' as const) : ('failed' as const);
    });
    counts.adAccountsSynced = outcomes.filter((o) => o === 'synced').length;
    counts.adAccountSyncsFailed = outcomes.filter((o) => o === 'failed').length;
    counts.adAccountSyncsDeferred = outcomes.filter((o) => o === 'deferred').length;
    return counts;
  };
}

export type SweepWindow = ReturnType<typeof createSweepWindow>;
