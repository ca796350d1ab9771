// What a sync (or the refresh of one account) changed: pure functions over stored and fresh rows.
import { disableReasonName, statusOf } from '../../domain/ad-account-status.ts';
import type { AdAccountRecord } from '../../graph/graph-api.ts';
import type { AdAccountRow, NewAdAccountChangeRow, NewAdAccountRow } from '../../repositories/ad-accounts.ts';

export type AdAccountChangeKind = 'GAINED' | 'LOST' | 'STATUS_CHANGED' | 'TOS_CHANGED' | 'TASKS_CHANGED';

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
    customAudienceTosAccepted: record.tosAccepted.custom_audience_tos === 1,
    webCustomAudienceTosAccepted: record.tosAccepted.web_custom_audience_tos === 1,
    syncedAt,
  };
}

type Comparable = Pick<AdAccountRow, 'accountId' | 'name' | 'accountStatus' | 'customAudienceTosAccepted' | 'webCustomAudienceTosAccepted'> & {
  disableReason?: number | null | undefined;
  tasks?: string[] | undefined;
};

/** The changes between one stored account (undefined: not stored) and its fresh row (undefined: gone). */
export function changesOfOne(before: Comparable | undefined, after: Comparable | undefined, owner: Owner, at: Date): NewAdAccountChangeRow[] {
  const change = (accountId: string, kind: AdAccountChangeKind, details: Record<string, unknown>): NewAdAccountChangeRow => ({
    ...owner,
    accountId,
    change: kind,
    details,
    at,
  });
  if (!before && !after) return [];
  if (!before) return [change(after!.accountId, 'GAINED', { name: after!.name, status: statusOf(after!.accountStatus) })];
  if (!after) return [change(before.accountId, 'LOST', { name: before.name })];
  const changes: NewAdAccountChangeRow[] = [];
  if (before.accountStatus !== after.accountStatus || (before.disableReason ?? 0) !== (after.disableReason ?? 0)) {
    changes.push(
      change(after.accountId, 'STATUS_CHANGED', {
        from: statusOf(before.accountStatus),
        to: statusOf(after.accountStatus),
        disableReason: disableReasonName(after.disableReason),
      }),
    );
  }
  if (before.customAudienceTosAccepted !== after.customAudienceTosAccepted || before.webCustomAudienceTosAccepted !== after.webCustomAudienceTosAccepted) {
    changes.push(
      change(after.accountId, 'TOS_CHANGED', {
        customAudienceTosAccepted: { from: before.customAudienceTosAccepted, to: after.customAudienceTosAccepted },
        webCustomAudienceTosAccepted: { from: before.webCustomAudienceTosAccepted, to: after.webCustomAudienceTosAccepted },
      }),
    );
  }
  const beforeTasks = before.tasks ?? [];
  const afterTasks = after.tasks ?? [];
  if (beforeTasks.join(',') !== afterTasks.join(',')) changes.push(change(after.accountId, 'TASKS_CHANGED', { from: beforeTasks, to: afterTasks }));
  return changes;
}

/** Every change between the stored set and the fresh one: the fresh accounts in order, then the lost ones. */
export function diffAccounts(before: readonly AdAccountRow[], after: readonly NewAdAccountRow[], owner: Owner, at: Date): NewAdAccountChangeRow[] {
  const old = new Map(before.map((row) => [row.accountId, row]));
  const fresh = new Map(after.map((row) => [row.accountId, row]));
  const changes: NewAdAccountChangeRow[] = [];
  for (const row of after) changes.push(...changesOfOne(old.get(row.accountId), row, owner, at));
  for (const row of before) if (!fresh.has(row.accountId)) changes.push(...changesOfOne(row, undefined, owner, at));
  return changes;
}

/** One line for a person: "ACTIVE → DISABLED (RISK_PAYMENT)". Reads the details this file writes. */
export function describeChange(change: { change: string; details: Record<string, unknown> }): string {
  const d = change.details;
  const flag = (value: unknown) => {
    const { from, to } = value as { from: boolean; to: boolean };
    return `${from ? 'accepted' : 'not accepted'} → ${to ? 'accepted' : 'not accepted'}`;
  };
  const tasks = (value: unknown) => (value as string[]).join(', ') || 'none';
  switch (change.change as AdAccountChangeKind) {
    case 'GAINED':
      return `The token now reaches ${String(d.name)}.`;
    case 'LOST':
      return `The token no longer reaches ${String(d.name)}.`;
    case 'STATUS_CHANGED':
      return `${String(d.from)} → ${String(d.to)}${d.disableReason ? ` (${String(d.disableReason)})` : ''}`;
    case 'TOS_CHANGED':
      return `Custom Audience terms ${flag(d.customAudienceTosAccepted)}; website terms ${flag(d.webCustomAudienceTosAccepted)}`;
    case 'TASKS_CHANGED':
      return `Tasks ${tasks(d.from)} → ${tasks(d.to)}`;
    default:
      return change.change;
  }
}
