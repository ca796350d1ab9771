// The ad_accounts.changed event of one sync, built from the change rows the sync records.
import type { NewEvent } from '../../domain/events.ts';
import type { NewAdAccountChangeRow } from '../../repositories/ad-accounts.ts';
import type { AuthorizationRow } from '../../repositories/authorizations.ts';

/** The actor of the sync that follows a stored token, whoever stored it (README, History and live events). */
export const SYNC_ACTOR = 'sync';

const TERMS = [
  ['customAudienceTosAccepted', 'custom_audience_tos'],
  ['webCustomAudienceTosAccepted', 'web_custom_audience_tos'],
] as const;

/**
 * Accounts gained or lost, status changes and terms accepted or revoked; undefined when the sync found
 * none of these (a change of tasks alone is not announced). `names` gives the names of accounts the
 * change rows do not name.
 */
export function adAccountsChangedEvent(
  authorization: AuthorizationRow,
  changes: readonly NewAdAccountChangeRow[],
  actor: string,
  names: ReadonlyMap<string, string | null> = new Map(),
): NewEvent | undefined {
  const gained: unknown[] = [];
  const lost: unknown[] = [];
  const statusChanges: unknown[] = [];
  const termsChanges: unknown[] = [];
  for (const row of changes) {
    const { accountId } = row;
    const name = 'name' in row.details ? row.details.name : (names.get(accountId) ?? null);
    if (row.change === 'GAINED') gained.push({ accountId, name, status: row.details.status });
    if (row.change === 'LOST') lost.push({ accountId, name });
    if (row.change === 'STATUS_CHANGED') {
      const { from, to, disableReason } = row.details;
      statusChanges.push({ accountId, name, from, to, disableReason });
    }
    if (row.change === 'TOS_CHANGED') {
      for (const [field, terms] of TERMS) {
        const flag = row.details[field];
        if (flag.from !== flag.to) termsChanges.push({ accountId, name, terms, accepted: flag.to });
      }
    }
  }
  if (gained.length + lost.length + statusChanges.length + termsChanges.length === 0) return undefined;
  return {
    workspaceId: authorization.workspaceId,
    authorizationId: authorization.id,
    type: 'ad_accounts.changed',
    actor,
    ownerEmail: authorization.ownerEmail,
    data: { label: authorization.label, gained, lost, statusChanges, termsChanges },
  };
}
