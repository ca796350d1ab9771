// Reads an event row's free-form `data` back into typed details, one shape per event type. The rows
// outlive the code that wrote them, so every field is read leniently: a missing one becomes null.
import { z } from 'zod';
import type { EventType } from '../../domain/events.ts';
import { AUTHORIZATION_METHODS } from '../../domain/health-issues.ts';
import { HEALTHS, TOKEN_STATES } from '../../domain/token-state.ts';
import type { EventRow } from '../../repositories/events.ts';

const text = z.string().nullable().catch(null);
const int = z.number().int().nullable().catch(null);
const state = z.enum(TOKEN_STATES).nullable().catch(null);
const health = z.enum(HEALTHS).nullable().catch(null);
const count = z.number().int().catch(0);
const method = z.enum(AUTHORIZATION_METHODS).nullable().catch(null);
const list = <T extends z.ZodType>(item: T) => z.array(item).catch([]);
const change = z.object({ from: z.unknown(), to: z.unknown() });
const shown = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

const account = { accountId: z.string(), name: text };

const schemas = {
  'authorization.created': z.object({ method, state }),
  'authorization.deleted': z.object({ method, revokedAtFacebook: z.boolean().catch(false) }),
  'authorization.state_changed': z.object({ from: state, to: state, reason: text }),
  'authorization.check_failed': z.object({
    errorClass: text,
    code: int,
    subcode: int,
    message: text,
    consecutiveFailures: int,
  }),
  'authorization.updated': z.object({
    changes: z
      .record(z.string(), change)
      .catch({})
      .transform((changes) => Object.entries(changes).map(([field, { from, to }]) => ({ field, from: shown(from), to: shown(to) }))),
  }),
  'authorization.token_replaced': z.object({ fingerprintBefore: text, fingerprintAfter: text }),
  'authorization.health_changed': z.object({ from: health, to: health, state }),
  'sweep.finished': z.object({ checked: count, changed: count, failed: count, stoppedEarly: z.boolean().catch(false) }),
  'authorization.connect_cancelled': z.object({ reason: text }),
  'authorization.expiring': z.object({
    // "token" or "data_access"
    kind: text,
    expiresAt: z.coerce.date().nullable().catch(null),
    thresholdDays: int,
  }),
  'ad_accounts.changed': z.object({
    gained: list(z.object({ ...account, status: text })),
    lost: list(z.object(account)),
    statusChanges: list(z.object({ ...account, from: text, to: text, disableReason: text })),
    termsChanges: list(z.object({ ...account, terms: z.string(), accepted: z.boolean() })),
  }),
} satisfies Record<EventType, z.ZodType>;

export type EventDetailsOf<T extends EventType> = z.output<(typeof schemas)[T]> & { type: T };
export type EventDetails = { [T in EventType]: EventDetailsOf<T> }[EventType];

/** A recorded event as the history and the live stream show it. */
export interface HistoryEvent {
  id: string;
  /** Insertion order: the live stream's cursor and the history's tie-break. */
  rowId: number;
  type: EventType;
  actor: string;
  occurredAt: Date;
  authorizationId: string | null;
  /** The authorization's label when it happened (it may have changed or been deleted since). */
  label: string | null;
  details: EventDetails;
}

export function historyEventOf(row: EventRow & { rowId: number }): HistoryEvent {
  const type = row.type;
  const data = row.data;
  const parsed = schemas[type].parse(data);
  return {
    id: row.id,
    rowId: row.rowId,
    type,
    actor: row.actor,
    occurredAt: row.occurredAt,
    authorizationId: row.authorizationId,
    label: typeof data.label === 'string' ? data.label : null,
    details: { ...parsed, type } as EventDetails,
  };
}
