// The history/notification events of the authorization use cases, built from rows before and after.
import { describeProblems } from '../../domain/health-issues.ts';
import type { NewEvent } from '../../domain/events.ts';
import type { Health } from '../../domain/token-state.ts';
import type { AuthorizationRow } from '../../repositories/authorizations.ts';

const base = (row: AuthorizationRow, actor: string) => ({
  workspaceId: row.workspaceId,
  authorizationId: row.id,
  actor,
  ownerEmail: row.ownerEmail,
});

/** The first problem's message, without links: why the state is what it is. */
export function stateReason(row: AuthorizationRow): string | null {
  const [issue] = describeProblems(row.problems, { method: row.method, reconnectUrl: undefined, businessId: undefined });
  return issue?.message ?? null;
}

export function createdEvent(row: AuthorizationRow, actor: string): NewEvent {
  return { ...base(row, actor), type: 'authorization.created', data: { label: row.label, method: row.method, state: row.state } };
}

export function deletedEvent(row: AuthorizationRow, actor: string, revokedAtFacebook: boolean): NewEvent {
  return { ...base(row, actor), type: 'authorization.deleted', data: { label: row.label, method: row.method, revokedAtFacebook } };
}

export function tokenReplacedEvent(before: AuthorizationRow, after: AuthorizationRow, actor: string): NewEvent {
  return {
    ...base(after, actor),
    type: 'authorization.token_replaced',
    data: { label: after.label, fingerprintBefore: before.tokenFingerprint, fingerprintAfter: after.tokenFingerprint },
  };
}

export function updatedEvent(before: AuthorizationRow, after: AuthorizationRow, actor: string): NewEvent | undefined {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of ['label', 'description', 'ownerEmail'] as const) {
    if (before[field] !== after[field]) changes[field] = { from: before[field], to: after[field] };
  }
  if (Object.keys(changes).length === 0) return undefined;
  return { ...base(after, actor), type: 'authorization.updated', data: { label: after.label, changes } };
}

/** What decides an authorization's health (authorization-health.ts: its state, and its failed checks in a row). */
export type HealthOf = (row: Pick<AuthorizationRow, 'state' | 'consecutiveCheckFailures'>) => Health;

/**
 * The events one check produces: a state change, a failed check (which changes no state), and a change
 * of health, e.g. back to HEALTHY after failed checks had made it UNKNOWN, which changes no state either.
 */
export function checkEvents(before: AuthorizationRow, after: AuthorizationRow, actor: string, health: HealthOf): NewEvent[] {
  const events: NewEvent[] = [];
  if (before.state !== after.state) {
    events.push({
      ...base(after, actor),
      type: 'authorization.state_changed',
      data: { label: after.label, from: before.state, to: after.state, reason: stateReason(after) },
    });
  }
  const [healthBefore, healthAfter] = [health(before), health(after)];
  if (healthBefore !== healthAfter) {
    events.push({
      ...base(after, actor),
      type: 'authorization.health_changed',
      data: { label: after.label, from: healthBefore, to: healthAfter, state: after.state },
    });
  }
  const failure = after.lastCheckError;
  if (after.consecutiveCheckFailures > before.consecutiveCheckFailures && failure) {
    events.push({
      ...base(after, actor),
      type: 'authorization.check_failed',
      data: {
        label: after.label,
        errorClass: failure.errorClass,
        code: failure.code,
        subcode: failure.subcode,
        message: failure.message,
        consecutiveFailures: after.consecutiveCheckFailures,
      },
    });
  }
  return events;
}
