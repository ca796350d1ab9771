// What the JSON columns hold, as zod schemas applied to every row read back.
//
// Rows outlive the code that wrote them: a newer adsauth may have stored a problem kind this one does
// not know, or someone may have edited a value by hand. Such a value never fails the read, because
// one row that threw would fail every list it is in (GraphQL turns a failed item of a non-null list
// into an error for the whole list, and the sweep reads rows in batches). Instead a list keeps the
// items it can read, and any other value falls back to its empty form: no problems, no last check
// error, no event data. The enum columns next to them (an authorization's state above all) are read
// as they are and still carry the verdict, so what is lost is a description, never a decision.
import { z } from 'zod';
import type { AdAccountChangeOf } from '../domain/ad-account-changes.ts';
import { AD_ACCOUNT_STATUSES } from '../domain/ad-account-status.ts';
import type { StoredCheckError } from '../domain/check-error.ts';
import { NOTIFICATION_EVENT_TYPES } from '../domain/events.ts';
import type { TokenProblem } from '../domain/token-state.ts';

/** A stored list read item by item: the items that do not match `item` are left out. */
export function readableItems<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((values) =>
      values.flatMap((value) => {
        const read = item.safeParse(value);
        return read.success ? [read.data] : [];
      }),
    );
}

const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * A stored list of strings: its items that are strings, and none for a value that is no list. What
 * readableItems(z.string()) reads, with the items checked directly: zod's parse of each item was a
 * quarter of the CPU of reading a page of 500 ad accounts.
 */
export function readStringList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.every(isString) ? value : value.filter(isString);
}

export const stringList = z.unknown().transform(readStringList);

// JSON.stringify writes a Date as its ISO string; it is read back as a Date.
const storedDate = z.iso.datetime().transform((at) => new Date(at));

const tokenProblem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('EXPIRED'), at: storedDate.optional() }),
  z.object({ kind: z.literal('INVALIDATED'), subcode: z.number().int().optional(), reason: z.string() }),
  z.object({ kind: z.literal('REVOKED'), subcode: z.number().int().optional(), reason: z.string() }),
  z.object({ kind: z.literal('DATA_ACCESS_EXPIRED'), at: storedDate }),
  z.object({ kind: z.literal('MISSING_PERMISSIONS'), missing: z.array(z.string()) }),
  z.object({ kind: z.literal('EXPIRING_SOON'), what: z.enum(['token', 'data access']), at: storedDate }),
]) satisfies z.ZodType<TokenProblem>;

export const tokenProblems = readableItems(tokenProblem);

const nullWhenUnreadable = <T extends z.ZodType>(schema: T) => schema.nullable().catch(null);

export const storedCheckError = nullWhenUnreadable(
  z.object({
    errorClass: z.string(),
    code: nullWhenUnreadable(z.number().int()),
    subcode: nullWhenUnreadable(z.number().int()),
    message: z.string(),
    fbtraceId: nullWhenUnreadable(z.string()),
    at: z.iso.datetime(),
  }),
) satisfies z.ZodType<StoredCheckError | null>;

/** An event's free-form data; its shape per event type is read by services/history/event-details.ts. */
export const eventData = z.record(z.string(), z.unknown()).catch({});

export const notificationEventTypes = readableItems(z.enum(NOTIFICATION_EVENT_TYPES));

const status = z.enum(AD_ACCOUNT_STATUSES);
const termsFlag = z.object({ from: z.boolean(), to: z.boolean() });

/** An ad-account change row's kind and details, read together. */
export const adAccountChange = z.discriminatedUnion('change', [
  z.object({ change: z.literal('GAINED'), details: z.object({ name: z.string(), status }) }),
  z.object({ change: z.literal('LOST'), details: z.object({ name: z.string() }) }),
  z.object({ change: z.literal('STATUS_CHANGED'), details: z.object({ from: status, to: status, disableReason: z.string().nullable() }) }),
  z.object({
    change: z.literal('TOS_CHANGED'),
    details: z.object({ customAudienceTosAccepted: termsFlag, webCustomAudienceTosAccepted: termsFlag }),
  }),
  z.object({ change: z.literal('TASKS_CHANGED'), details: z.object({ from: z.array(z.string()), to: z.array(z.string()) }) }),
]) satisfies z.ZodType<AdAccountChangeOf>;
