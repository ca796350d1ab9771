import { AccountListFull } from '../../domain/account-list-errors.ts';
import { ValidationError } from '../../domain/authorization-errors.ts';
import type { Clock } from '../../clock.ts';
import type { AccountListRepository } from '../../repositories/account-list.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import type { Actor } from '../../domain/actor.ts';

/**
 * The app's account list (seed: "We automatically add accounts that you make API calls against to
 * your account lists, up to the maximum number for your access level"). App-wide, across workspaces.
 */
export function createAccountListService(deps: {
  accountList: AccountListRepository;
  clock: Clock;
  transaction: RunInTransaction;
  /** The current access level's ad-account limit; null = unlimited. */
  limit: () => number | null;
}) {
  const { accountList, clock } = deps;

  /** Used and limit count the whole app; the accounts are only those the workspace's authorizations reach. */
  function usage(workspaceId: string) {
    const limit = deps.limit();
    const used = accountList.count();
    return { used, limit, remaining: limit === null ? null : Math.max(0, limit - used), accounts: accountList.visibleTo(workspaceId) };
  }

  return {
    usage,

    /** Which of these accounts the list holds, and whether it is full (for readiness and inAccountList). */
    membership(accountIds: readonly string[]) {
      const limit = deps.limit();
      return { limit, full: limit !== null && accountList.count() >= limit, held: accountList.holding(accountIds) };
    },

    /**
     * Call before a Marketing API call against one ad account: adds it when there is room, and
     * throws AccountListFull (so Graph is never called) when there is not. The Graph call recorder
     * marks lastCalledAt once the call is made.
     */
    /** Gives back the place `admit` just took, when the call it admitted found nothing there. */
    release(accountId: string): void {
      accountList.remove(accountId);
    },

    admit(accountId: string): { added: boolean } {
      return deps.transaction(() => {
        if (accountList.holding([accountId]).size > 0) return { added: false };
        const limit = deps.limit();
        if (limit !== null && accountList.count() >= limit) throw new AccountListFull(accountId, limit);
        return { added: accountList.add(accountId, 'auto', clock.now()) };
      });
    },

    /** By hand (ADMIN), with the numeric id. Re-adding an account that is there changes nothing. */
    add(actor: Actor, rawAccountId: string) {
      const accountId = numericAccountId(rawAccountId);
      const added = deps.transaction(() => {
        if (accountList.holding([accountId]).size > 0) return false;
        const limit = deps.limit();
        if (limit !== null && accountList.count() >= limit) throw new AccountListFull(accountId, limit);
        return accountList.add(accountId, actor.name, clock.now());
      });
      return { accountId, added, accountList: usage(actor.workspaceId) };
    },

    remove(actor: Actor, rawAccountId: string) {
      const accountId = numericAccountId(rawAccountId);
      const removed = accountList.remove(accountId);
      return { accountId, removed, accountList: usage(actor.workspaceId) };
    },
  };
}

/** The seed: "You should enter a numeric value; do not include act_ from the account ID." */
function numericAccountId(raw: string): string {
  const value = raw.trim();
  if (/^act_/i.test(value)) {
    const digits = value.slice(4);
    const hint = /^\d+$/.test(digits) ? ` (${digits})` : '';
    throw new ValidationError(`accountId: give the numeric ad-account id without the act_ prefix${hint}`, 'accountId');
  }
  if (!/^\d{1,30}$/.test(value)) {
    throw new ValidationError('accountId: must be the numeric ad-account id, digits only (e.g. 123456789012345)', 'accountId');
  }
  return value;
}

export type AccountListService = ReturnType<typeof createAccountListService>;
