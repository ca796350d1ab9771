// Re-reads one ad account (GET act_{id}) to refresh its status, terms and tasks.
import type { Clock } from '../../clock.ts';
import { TokenNotUsable } from '../../domain/ad-account-errors.ts';
import { NotFound } from '../../domain/authorization-errors.ts';
import { isUsable } from '../../domain/token-state.ts';
import { GraphClientError } from '../../graph/errors.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import type { AdAccountRepository, AdAccountRow, NewAdAccountChangeRow } from '../../repositories/ad-accounts.ts';
import type { AuthorizationRepository, AuthorizationRow } from '../../repositories/authorizations.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import type { AccountListService } from '../access-levels/account-list.ts';
import { changesOfOne, rowFromRecord } from './ad-account-changes.ts';
import { requireAdAccountId } from './ad-account-input.ts';
import { adAccountsChangedEvent } from './ad-accounts-changed-event.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import type { Actor } from '../../domain/actor.ts';
import { rethrowGraphFailure } from '../kernel/graph-failures.ts';
import { openToken } from '../kernel/sealed-tokens.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';

/** 100/33: the object does not exist or this token may not see it (docs/graph-api.md "Ad-account endpoints", sandbox docs). */
const isUnreachable = (error: unknown) => error instanceof GraphClientError && error.code === 100 && error.subcode === 33;

export function createAdAccountRefreshService(deps: {
  graph: GraphApi;
  clock: Clock;
  cipher: TokenCipher;
  authorizations: AuthorizationRepository;
  adAccounts: AdAccountRepository;
  accountList: AccountListService;
  transaction: RunInTransaction;
  recorder: Pick<EventRecorder, 'record'>;
}) {
  const { adAccounts } = deps;

  /** The change rows, and the ad_accounts.changed event when they announce something; inside the caller's transaction. */
  function recordChanges(authorization: AuthorizationRow, changes: NewAdAccountChangeRow[], actor: string): void {
    adAccounts.recordChanges(changes);
    const event = adAccountsChangedEvent(authorization, changes, actor);
    if (event) deps.recorder.record(event);
  }

  return {
    /**
     * A Marketing API call against one account, so the app's account list admits the account first
     * (AccountListFull, and no Graph call, when it is full). An account the token no longer reaches
     * is removed from the stored set and recorded as LOST.
     */
    async refresh(actor: Actor, input: { authorizationId: string; adAccountId: string }, signal?: AbortSignal): Promise<AdAccountRow> {
      const accountId = requireAdAccountId(input.adAccountId);
      const authorization = deps.authorizations.find(actor.workspaceId, input.authorizationId);
      if (!authorization) throw new NotFound('authorization');
      if (!isUsable(authorization.state)) throw new TokenNotUsable(authorization.state);
      const owner = { workspaceId: authorization.workspaceId, authorizationId: authorization.id };
      const key = { authorizationId: authorization.id, accountId };

      const admission = deps.accountList.admit(accountId);
      let record;
      try {
        record = await deps.graph.getAdAccount(openToken(deps.cipher, authorization), accountId, { signal });
      } catch (error) {
        if (!isUnreachable(error)) rethrowGraphFailure(error);
        // An id this token cannot reach must not keep the place it was just given on the app's list.
        if (admission.added) deps.accountList.release(accountId);
        deps.transaction(() => {
          const before = adAccounts.find(owner.workspaceId, key);
          if (before && adAccounts.remove(key))
            recordChanges(authorization, changesOfOne(before, undefined, owner, deps.clock.now()), actor.name);
        });
        throw new NotFound('ad account');
      }

      const now = deps.clock.now();
      const fresh = rowFromRecord(record, owner, now);
      return deps.transaction(() => {
        if (!deps.authorizations.find(owner.workspaceId, owner.authorizationId)) throw new NotFound('authorization');
        const before = adAccounts.find(owner.workspaceId, key);
        const row = adAccounts.upsert(fresh);
        recordChanges(authorization, changesOfOne(before, row, owner, now), actor.name);
        return row;
      });
    },
  };
}

export type AdAccountRefreshService = ReturnType<typeof createAdAccountRefreshService>;
