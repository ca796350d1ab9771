import { AccountListFull } from '../domain/account-list-errors.ts';
import type { Clock } from '../clock.ts';
import type { AccountListRepository } from '../repositories/account-list.ts';
import type { RunInTransaction } from '../repositories/transaction.ts';

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
  return {
    usage() {
      const limit = deps.limit();
      const used = accountList.count();
      return { used, limit, remaining: limit === null ? null : Math.max(0, limit - used), accounts: accountList.all() };
    },

    /** Which of these accounts the list holds, and whether it is full (for readiness and inAccountList). */
    membership(accountIds: readonly string[]) {
      const limit = deps.limit();
      return { limit, full: limit !== null && accountList.count() >= limit, held: accountList.holding(accountIds) };
    },

    /**
     * Call before a Marketing API call against one ad account: adds it when there is room, and
     * throws AccountListFull (so Graph is never called) when there is not.
     */
    admit(accountId: string): void {
      deps.transaction(() => {
        const limit = deps.limit();
        if (accountList.holding([accountId]).size === 0) {
          if (limit !== null && accountList.count() >= limit) throw new AccountListFull(accountId, limit);
          accountList.add(accountId, 'auto', clock.now());
        }
        accountList.touch(accountId, clock.now());
      });
    },

    /** By hand (ADMIN). Re-adding an account that is there changes nothing. */
    add(accountId: string, addedBy: string): { added: boolean } {
      return deps.transaction(() => {
        const limit = deps.limit();
        if (accountList.holding([accountId]).size > 0) return { added: false };
        if (limit !== null && accountList.count() >= limit) throw new AccountListFull(accountId, limit);
        return { added: accountList.add(accountId, addedBy, clock.now()) };
      });
    },

    remove(accountId: string): { removed: boolean } {
      return { removed: accountList.remove(accountId) };
    },
  };
}

export type AccountListService = ReturnType<typeof createAccountListService>;
