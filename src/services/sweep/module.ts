// Wires the health sweep (lease, runs, checks, renewal, resync, warnings, pruning) to its
// repositories: one call from the composition root.
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../clock.ts';
import { SWEEP_ACTOR } from '../../domain/events.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import type { Logger } from '../../log.ts';
import { createAuthorizationRepository, type AuthorizationRow } from '../../repositories/authorizations.ts';
import { createExpiryWarningRepository } from '../../repositories/expiry-warnings.ts';
import { createLeaseRepository } from '../../repositories/leases.ts';
import { createSweepRunRepository } from '../../repositories/sweep-runs.ts';
import { createTransactionRunner } from '../../repositories/transaction.ts';
import type { AdAccountSyncService } from '../ad-accounts/ad-account-sync.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import { createExpiryWarnings } from './expiry-warnings.ts';
import { createLeaseService } from '../kernel/lease.ts';
import { createSweepService, DEFAULT_SWEEP_SETTINGS, type SweepSettings } from './sweep.ts';
import { startSweepSchedule } from './sweep-schedule.ts';
import { createSweepAdAccountSync } from './sweep-ad-accounts.ts';
import { createSweepWindow, type SweepStage } from './sweep-window.ts';
import type { ThrottleGuard } from '../kernel/throttle-guard.ts';
import type { HealthOf } from '../authorizations/authorization-events.ts';
import type { TokenChecker } from '../authorizations/token-checker.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';
import { createTokenRenewal } from './token-renewal.ts';

export interface SweepOptions {
  settings?: Partial<SweepSettings>;
  /** How a throttling pause is waited out (default: a timer, cut short by the run's signal). */
  wait?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
  /** Renew 60-day tokens this many days before they expire (default 14). */
  renewWithinDays?: number;
  /** Tests: told when a stage of a window has committed (a throw there is a crash between two stages). */
  afterStage?: (stage: SweepStage, rows: readonly AuthorizationRow[]) => void | Promise<void>;
}

export function createSweepServices(deps: {
  db: Db;
  graph: GraphApi;
  clock: Clock;
  log: Logger;
  cipher: TokenCipher;
  checker: TokenChecker;
  recorder: EventRecorder;
  adAccountSync: AdAccountSyncService;
  throttleGuard: ThrottleGuard;
  pruneHistory: () => number;
  refreshApp: () => Promise<void>;
  flushGraphCalls: () => void;
  expiryWarningDays: number;
  expiryWarningThresholds: readonly number[];
  /** Health as Authorization.health shows it: renewals record its changes. */
  health: HealthOf;
  options?: SweepOptions;
}) {
  const { clock, log } = deps;
  const settings = { ...DEFAULT_SWEEP_SETTINGS, ...deps.options?.settings };
  const transaction = createTransactionRunner(deps.db);
  const runs = createSweepRunRepository(deps.db);
  const authorizations = createAuthorizationRepository(deps.db);
  const renewal = createTokenRenewal({
    graph: deps.graph,
    clock,
    log,
    cipher: deps.cipher,
    authorizations,
    transaction,
    recorder: deps.recorder,
    expiryWarningDays: deps.expiryWarningDays,
    actor: SWEEP_ACTOR,
    health: deps.health,
    renewWithinDays: deps.options?.renewWithinDays,
    concurrency: settings.concurrency,
  });
  const syncAdAccounts = createSweepAdAccountSync({ graph: deps.graph, cipher: deps.cipher, adAccountSync: deps.adAccountSync, log });
  const window = createSweepWindow({
    checker: deps.checker,
    renewal,
    guard: deps.throttleGuard,
    syncAdAccounts,
    reread: (rows) => rows.flatMap((row) => authorizations.findAnywhere(row.id) ?? []),
    concurrency: settings.concurrency,
    afterStage: deps.options?.afterStage,
  });
  const warnings = createExpiryWarnings({
    warnings: createExpiryWarningRepository(deps.db),
    recorder: deps.recorder,
    transaction,
    clock,
    thresholdsDays: deps.expiryWarningThresholds,
    actor: SWEEP_ACTOR,
  });
  const sweep = createSweepService({
    clock,
    log,
    leases: createLeaseService({ leases: createLeaseRepository(deps.db), clock }),
    runs,
    transaction,
    guard: deps.throttleGuard,
    window,
    warnings,
    recorder: deps.recorder,
    pruneHistory: deps.pruneHistory,
    refreshApp: deps.refreshApp,
    flushGraphCalls: deps.flushGraphCalls,
    wait: deps.options?.wait ?? waitUnlessAborted,
    settings,
  });
  return {
    sweep,
    tokenRenewal: renewal,
    expiryWarnings: warnings,
    /** `serve`: sweeps every intervalMs (0 = never), counted from the newest run in the database. */
    startSweepSchedule: (intervalMs: number) =>
      startSweepSchedule({ sweep, intervalMs, clock, log, lastSweepAt: () => runs.latestStartedAt() }),
  };
}

function waitUnlessAborted(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
