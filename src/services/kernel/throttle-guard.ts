// Watches every Graph response of this process (as a wrapper around the app's GraphCallListener) and
// pauses the app or an ad account when Graph says it is near or past its limit (docs/graph-api.md "Error classes", "Usage headers").
// Pauses are rows in throttle_pauses, so another process and the next run honour them too.
// It also keeps the latest usage reading per scope (in memory), so that request-time Graph work can
// stop below the pause and leave the rest of the budget to the sweep.
import type { Clock } from '../../clock.ts';
import type { GraphCallListener, GraphCallOutcome, UsageReport } from '../../graph/graph-api.ts';
import type { Logger } from '../../log.ts';
import type { ThrottlePauseRepository, ThrottlePauseRow } from '../../repositories/throttle-pauses.ts';

export const APP_SCOPE = 'app';
/** Graph starts throttling at 100 %; stopping at 95 % leaves room for the calls already in flight. */
export const PAUSE_AT_PERCENT = 95;
/** How long to pause when Graph does not say (X-App-Usage carries no time, errors may come without headers). */
export const DEFAULT_PAUSE_MS = 5 * 60_000;
/**
 * How long a reading at or above the request ceiling holds request-time work back when no newer
 * reading comes (the usage headers cover a rolling hour and carry no reset time).
 */
export const READING_HOLD_MS = DEFAULT_PAUSE_MS;

// 4 app, 17 user/BUC, 32 pages, 341 app, 613 custom, 80000–80014 business use cases (docs/graph-api.md "Error classes").
const isThrottleCode = (code: number) => [4, 17, 32, 341, 613].includes(code) || (code >= 80_000 && code <= 80_014);

const percentOf = (usage: { callCount: number; totalTime: number; totalCputime: number }) =>
  Math.max(usage.callCount, usage.totalTime, usage.totalCputime);

export function createThrottleGuard(deps: { pauses: ThrottlePauseRepository; clock: Clock; log: Logger; defaultPauseMs?: number }) {
  const defaultPauseMs = deps.defaultPauseMs ?? DEFAULT_PAUSE_MS;
  // What this process already wrote, so the 50 items of one batch do not write the same pause 50 times.
  const written = new Map<string, number>();
  // The latest usage Graph reported per scope ("app" or a bare business-object id), seen by this process.
  const readings = new Map<string, { percent: number; atMs: number }>();

  function pause(scope: string, untilMs: number, reason: string): void {
    if ((written.get(scope) ?? 0) >= untilMs) return;
    written.set(scope, untilMs);
    const until = new Date(untilMs);
    try {
      deps.pauses.extend(scope, until, reason);
      deps.log.warn({ throttle: { scope, until: until.toISOString(), reason } }, 'Graph throttling: calls paused');
    } catch (error) {
      // A Graph call must never fail because its bookkeeping could not be written.
      written.delete(scope);
      deps.log.error({ err: error, throttle: { scope } }, 'could not record a throttling pause');
    }
  }

  function observeUsage(usage: UsageReport): void {
    const now = deps.clock.now().getTime();
    if (usage.appUsage) readings.set(APP_SCOPE, { percent: percentOf(usage.appUsage), atMs: now });
    if (usage.appUsage && percentOf(usage.appUsage) >= PAUSE_AT_PERCENT) {
      pause(APP_SCOPE, now + defaultPauseMs, `X-App-Usage at ${percentOf(usage.appUsage)}%`);
    }
    const resetMs = (usage.adAccountUsage?.resetTimeDuration ?? 0) * 1000;
    for (const [objectId, entries] of Object.entries(usage.businessUseCase)) {
      if (entries.length > 0) readings.set(objectId, { percent: Math.max(...entries.map(percentOf)), atMs: now });
      for (const entry of entries) {
        const regainMs = entry.estimatedTimeToRegainAccess * 60_000;
        if (percentOf(entry) < PAUSE_AT_PERCENT && regainMs <= 0) continue;
        const waitMs = regainMs > 0 ? regainMs : resetMs > 0 ? resetMs : defaultPauseMs;
        pause(objectId, now + waitMs, `${entry.type} usage at ${percentOf(entry)}%`);
      }
    }
  }

  function observeCall(outcome: GraphCallOutcome): void {
    if (outcome.ok || outcome.errorCode === undefined || !isThrottleCode(outcome.errorCode)) return;
    const scope = outcome.adAccountId ?? APP_SCOPE;
    const now = deps.clock.now().getTime();
    // The usage headers of the same response come first and carry the real wait; keep theirs.
    if ((written.get(scope) ?? 0) > now) return;
    pause(scope, now + defaultPauseMs, `Graph error ${outcome.errorCode} on ${outcome.endpoint}`);
  }

  const activePauses = (): ThrottlePauseRow[] => deps.pauses.active(deps.clock.now());

  return {
    /** The app's listener, plus this guard. */
    watching(listener: GraphCallListener | undefined): GraphCallListener {
      return {
        onCall(outcome) {
          listener?.onCall?.(outcome);
          observeCall(outcome);
        },
        onUsage(usage) {
          listener?.onUsage?.(usage);
          observeUsage(usage);
        },
      };
    },
    /** Every pause still running, from any process. */
    appPausedUntil(): Date | undefined {
      return activePauses().find((row) => row.scope === APP_SCOPE)?.until;
    },
    /**
     * How long request-time Graph work (for the app, and for `adAccountId` when given) should wait:
     * 0 = go. It waits while a pause runs, and for READING_HOLD_MS after a reading at or above
     * `ceilingPercent` unless a newer reading is below it. The sweep pauses only at PAUSE_AT_PERCENT.
     */
    requestWaitMs(ceilingPercent: number, adAccountId?: string): number {
      const now = deps.clock.now().getTime();
      const scopes = [APP_SCOPE, ...(adAccountId ? [adAccountId.replace(/^act_/, '')] : [])];
      let untilMs = now;
      for (const row of activePauses()) if (scopes.includes(row.scope)) untilMs = Math.max(untilMs, row.until.getTime());
      for (const scope of scopes) {
        const reading = readings.get(scope);
        if (reading && reading.percent >= ceilingPercent) untilMs = Math.max(untilMs, reading.atMs + READING_HOLD_MS);
      }
      return untilMs - now;
    },
    /** Which of these authorizations reach an ad account that is paused now. */
    withPausedAdAccounts(authorizationIds: readonly string[]): Set<string> {
      return deps.pauses.authorizationsWithPausedAccounts(authorizationIds, deps.clock.now());
    },
  };
}

export type ThrottleGuard = ReturnType<typeof createThrottleGuard>;
