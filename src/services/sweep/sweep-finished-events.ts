// What one sweep run did to each workspace it visited, told to that workspace as a sweep.finished event
// when the run ends: the dashboards of a workspace see its own counts, never another's.
import { SWEEP_ACTOR, type NewEvent } from '../../domain/events.ts';
import type { AuthorizationRow } from '../../repositories/authorizations.ts';
import type { WindowOutcome } from './sweep-window.ts';

interface WorkspaceCounts {
  checked: number;
  changed: number;
  failed: number;
}

/** Counts the visited rows by workspace, window by window. */
export function createWorkspaceTally() {
  const byWorkspace = new Map<string, WorkspaceCounts>();
  return {
    add(rows: readonly AuthorizationRow[], outcome: Pick<WindowOutcome, 'changed' | 'failed'>): void {
      for (const row of rows) {
        const counts = byWorkspace.get(row.workspaceId) ?? { checked: 0, changed: 0, failed: 0 };
        counts.checked += 1;
        if (outcome.changed.has(row.id)) counts.changed += 1;
        if (outcome.failed.has(row.id)) counts.failed += 1;
        byWorkspace.set(row.workspaceId, counts);
      }
    },

    /** One event per workspace this run visited. A resumed run's event counts what this attempt visited. */
    events(stoppedEarly: boolean): NewEvent[] {
      return [...byWorkspace].map(([workspaceId, counts]) => ({
        workspaceId,
        authorizationId: null,
        type: 'sweep.finished',
        actor: SWEEP_ACTOR,
        data: { ...counts, stoppedEarly },
      }));
    },
  };
}
