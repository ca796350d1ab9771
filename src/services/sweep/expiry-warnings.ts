// authorization.expiring: sent once per threshold (7 and 1 days before, by default) for each expiry
// of a token or of its data access. expiry_warnings remembers what was sent, keyed by the expiry
// itself, so a renewed token with a new expiry is warned about again.
import type { Clock } from '../../clock.ts';
import type { NewEvent } from '../../domain/events.ts';
import { isUsable } from '../../domain/token-state.ts';
import type { AuthorizationRow } from '../../repositories/authorizations.ts';
import type { ExpiryWarningKind, ExpiryWarningRepository } from '../../repositories/expiry-warnings.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';

const DAY_MS = 86_400_000;

export function createExpiryWarnings(deps: {
  warnings: ExpiryWarningRepository;
  recorder: EventRecorder;
  transaction: RunInTransaction;
  clock: Clock;
  /** Days before expiry, e.g. [7, 1]. */
  thresholdsDays: readonly number[];
  actor: string;
}) {
  const thresholds = [...new Set(deps.thresholdsDays)].sort((a, b) => b - a);

  function ending(row: AuthorizationRow): { kind: ExpiryWarningKind; at: Date }[] {
    // A token Facebook refuses no longer works, so its expiry is no news.
    if (!isUsable(row.state)) return [];
    const ends: { kind: ExpiryWarningKind; at: Date }[] = [];
    if (row.expiresAt) ends.push({ kind: 'token', at: row.expiresAt });
    if (row.dataAccessExpiresAt && row.state !== 'DATA_ACCESS_EXPIRED') ends.push({ kind: 'data_access', at: row.dataAccessExpiresAt });
    return ends;
  }

  return {
    /**
     * Warns about every authorization of the scope whose token or data access ends within the largest
     * threshold. When several thresholds have passed at once (a token first seen one day before its
     * end), one event names the nearest and the others are marked as sent.
     */
    send(workspaceId: string | null): number {
      if (thresholds.length === 0) return 0;
      const now = deps.clock.now();
      const horizon = new Date(now.getTime() + thresholds[0]! * DAY_MS);
      const rows = deps.warnings.expiringBetween(now, horizon, workspaceId);
      let sent = 0;
      deps.transaction(() => {
        for (const row of rows) {
          for (const { kind, at } of ending(row)) {
            const left = at.getTime() - now.getTime();
            if (left <= 0) continue;
            const passed = thresholds.filter((days) => left <= days * DAY_MS);
            const fresh = passed.filter((thresholdDays) =>
              deps.warnings.insertIfNew({ authorizationId: row.id, kind, thresholdDays, expiresAt: at, sentAt: now }),
            );
            if (fresh.length === 0) continue;
            deps.recorder.record(expiringEvent(row, kind, at, Math.min(...fresh), deps.actor));
            sent += 1;
          }
        }
      });
      return sent;
    },
  };
}

function expiringEvent(row: AuthorizationRow, kind: ExpiryWarningKind, at: Date, thresholdDays: number, actor: string): NewEvent {
  return {
    workspaceId: row.workspaceId,
    authorizationId: row.id,
    type: 'authorization.expiring',
    actor,
    ownerEmail: row.ownerEmail,
    data: { label: row.label, kind, expiresAt: at.toISOString(), thresholdDays },
  };
}

export type ExpiryWarnings = ReturnType<typeof createExpiryWarnings>;
