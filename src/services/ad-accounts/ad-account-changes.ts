// What a sync (or the refresh of one account) changed: pure functions over stored and fresh rows.
import type { AdAccountChangeOf, TermsFlagChange } from '../../domain/ad-account-changes.ts';
import { disableReasonName, statusOf } from '../../domain/ad-account-status.ts';
import type { AdAccountRecord } from '../../graph/graph-api.ts';
import type { AdAccountRow, NewAdAccountChangeRow, NewAdAccountRow } from '../../repositories/ad-accounts.ts';

export interface Owner {
  workspaceId: string;
  authorizationId: string;
}

/** A fresh row from Graph's answer (docs/graph-api.md "Ad-account fields", "Custom Audience terms": a terms flag is accepted when it is 1). */
export function rowFromRecord(record: AdAccountRecord, owner: Owner, syncedAt: Date): NewAdAccountRow {
  return {
    ...owner,
    accountId: record.accountId,
    name: record.name,
    accountStatus: record.accountStatus,
    disableReason: record.disableReason ?? null,
    currency: record.currency ?? null,
    timezoneName: record.timezoneName ?? null,
    businessId: record.business?.id ?? null,
    businessName: record.business?.name ?? null,
    // Sorted, so that a different order from Graph is not reported as a change.
    tasks: [...new Set(record.userTasks)].sort(),
    // Live Graph leaves the unaccepted keys out: absent counts as not accepted.
    customAudienceTosAccepted: record.tosAccepted.custom_audience_tos === 1,
    webCustomAudienceTosAccepted: record.tosAccepted.web_custom_audience_tos === 1,
    isPersonal: record.isPersonal,
    pixels: record.pixels.map((pixel) => ({ id: pixel.id, name: pixel.name, lastFiredTime: pixel.lastFiredTime?.toISOString() ?? null })),
    syncedAt,
  };
}

type Comparable = Pick<
  AdAccountRow,
  'accountId' | 'name' | 'accountStatus' | 'customAudienceTosAccepted' | 'webCustomAudienceTosAccepted'
> & {
  disableReason?: number | null | undefined;
  tasks?: string[] | undefined;
};

/** The changes between one stored account (undefined: not stored) and its fresh row (undefined: gone). */
export function changesOfOne(
  before: Comparable | undefined,
  after: Comparable | undefined,
  owner: Owner,
  at: Date,
): NewAdAccountChangeRow[] {
  const change = (accountId: string, what: AdAccountChangeOf): NewAdAccountChangeRow => ({ ...owner, accountId, ...what, at });
  if (!before)
    return after
      ? [change(after.accountId, { change: 'GAINED', details: { name: after.name, status: statusOf(after.accountStatus) } })]
      : [];
  if (!after) return [change(before.accountId, { change: 'LOST', details: { name: before.name } })];
  const changes: NewAdAccountChangeRow[] = [];
  if (before.accountStatus !== after.accountStatus || (before.disableReason ?? 0) !== (after.disableReason ?? 0)) {
    changes.push(
      change(after.accountId, {
        change: 'STATUS_CHANGED',
        details: {
          from: statusOf(before.accountStatus),
          to: statusOf(after.accountStatus),
          disableReason: disableReasonName(after.disableReason),
        },
      }),
    );
  }
  if (
    before.customAudienceTosAccepted !== after.customAudienceTosAccepted ||
    before.webCustomAudienceTosAccepted !== after.webCustomAudienceTosAccepted
  ) {
    changes.push(
      change(after.accountId, {
        change: 'TOS_CHANGED',
        details: {
          customAudienceTosAccepted: { from: before.customAudienceTosAccepted, to: after.customAudienceTosAccepted },
          webCustomAudienceTosAccepted: { from: before.webCustomAudienceTosAccepted, to: after.webCustomAudienceTosAccepted },
        },
      }),
    );
  }
  const beforeTasks = before.tasks ?? [];
  const afterTasks = after.tasks ?? [];
  if (beforeTasks.join(',') !== afterTasks.join(','))
    changes.push(change(after.accountId, { change: 'TASKS_CHANGED', details: { from: beforeTasks, to: afterTasks } }));
  return changes;
}

/** Every change between the stored set and the fresh one: the fresh accounts in order, then the lost ones. */
export function diffAccounts(
  before: readonly AdAccountRow[],
  after: readonly NewAdAccountRow[],
  owner: Owner,
  at: Date,
): NewAdAccountChangeRow[] {
  const old = new Map(before.map((row) => [row.accountId, row]));
  const fresh = new Map(after.map((row) => [row.accountId, row]));
  const changes: NewAdAccountChangeRow[] = [];
  for (const row of after) changes.push(...changesOfOne(old.get(row.accountId), row, owner, at));
  for (const row of before) if (!fresh.has(row.accountId)) changes.push(...changesOfOne(row, undefined, owner, at));
  return changes;
}

/** One line for a person: "ACTIVE → DISABLED (RISK_PAYMENT)". Reads the details this file writes. */
export function describeChange({ change, details }: AdAccountChangeOf): string {
  const flag = ({ from, to }: TermsFlagChange) => `${from ? 'accepted' : 'not accepted'} → ${to ? 'accepted' : 'not accepted'}`;
  const tasks = (value: readonly string[]) => value.join(', ') || 'none';
  switch (change) {
    case 'GAINED':
      return `The token now reaches ${details.name}.`;
    case 'LOST':
      return `The token no longer reaches ${details.name}.`;
    case 'STATUS_CHANGED':
      return `${details.from} → ${details.to}${details.disableReason ? ` (${details.disableReason})` : ''}`;
    case 'TOS_CHANGED':
      return `Custom Audience terms ${flag(details.customAudienceTosAccepted)}; website terms ${flag(details.webCustomAudienceTosAccepted)}`;
    case 'TASKS_CHANGED':
      return `Tasks ${tasks(details.from)} → ${tasks(details.to)}`;
  }
}
