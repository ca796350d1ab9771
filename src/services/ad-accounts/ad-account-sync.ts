// Reads every ad account a token reaches (/me/adaccounts, all pages) and replaces the stored set.
import type { Clock } from '../../clock.ts';
import { TokenNotUsable } from '../../domain/ad-account-errors.ts';
import { NotFound } from '../../domain/authorization-errors.ts';
import { isUsable } from '../../domain/token-state.ts';
import type { AdAccountRecord, GraphApi } from '../../graph/graph-api.ts';
import type { Logger } from '../../log.ts';
import type { AdAccountRepository, NewAdAccountChangeRow } from '../../repositories/ad-accounts.ts';
import type { AuthorizationRepository, AuthorizationRow } from '../../repositories/authorizations.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import { diffAccounts, rowFromRecord } from './ad-account-changes.ts';
import { adAccountsChangedEvent, SYNC_ACTOR } from './ad-accounts-changed-event.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import type { Actor } from '../../domain/actor.ts';
import { rethrowGraphFailure } from '../kernel/graph-failures.ts';
import { openToken } from '../kernel/sealed-tokens.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';
import type { TokenStoredOccasion } from '../authorizations/after-token-stored.ts';

export interface SyncResult {
  authorization: AuthorizationRow;
  accountCount: number;
  changes: NewAdAccountChangeRow[];
  syncedAt: Date;
}

export function createAdAccountSyncService(deps: {
  graph: GraphApi;
  clock: Clock;
  log: Logger;
  cipher: TokenCipher;
  authorizations: AuthorizationRepository;
  adAccounts: AdAccountRepository;
  transaction: RunInTransaction;
  recorder: Pick<EventRecorder, 'record'>;
}) {
  const { authorizations, adAccounts } = deps;

  /** Graph first (every page); then one transaction, so a failure on any page keeps the old set whole. */
  async function syncRow(
    authorization: AuthorizationRow,
    actor: string,
    signal: AbortSignal | undefined,
    occasion: TokenStoredOccasion = 'stored',
  ): Promise<SyncResult> {
    const records = await deps.graph.listAdAccounts(openToken(deps.cipher, authorization), {}, { signal }).catch(rethrowGraphFailure);
    return store(authorization, records, actor, occasion);
  }

  /**
   * One transaction that replaces the stored set with `records` (every page, read by the caller). The
   * changes are kept either way; a new authorization's first set is no change to announce.
   */
  function store(
    authorization: AuthorizationRow,
    records: readonly AdAccountRecord[],
    actor: string,
    occasion: TokenStoredOccasion = 'stored',
  ): SyncResult {
    const syncedAt = deps.clock.now();
    const owner = { workspaceId: authorization.workspaceId, authorizationId: authorization.id };
    // Keyed by id: an account that shifted across a page boundary while paging would come twice.
    const fresh = [...new Map(records.map((record) => [record.accountId, rowFromRecord(record, owner, syncedAt)])).values()];
    return deps.transaction(() => {
      // The authorization may have been deleted while Graph answered.
      const current = authorizations.find(owner.workspaceId, owner.authorizationId);
      if (!current) throw new NotFound('authorization');
      const changes = diffAccounts(adAccounts.list(owner.workspaceId, owner.authorizationId), fresh, owner, syncedAt);
      adAccounts.replaceAll(owner.authorizationId, fresh);
      adAccounts.recordChanges(changes);
      const event =
        occasion === 'created'
          ? undefined
          : adAccountsChangedEvent(current, changes, actor, new Map(fresh.map((row) => [row.accountId, row.name])));
      if (event) deps.recorder.record(event);
      return { authorization: current, accountCount: fresh.length, changes, syncedAt };
    });
  }

  return {
    /** The sweep reads many tokens' accounts in batch requests, then stores each set with this (NotFound if deleted meanwhile). */
    store,

    /** syncAdAccounts: typed errors for a missing authorization, an unusable token, or Graph failing (or not answering before `signal`). */
    async sync(actor: Actor, authorizationId: string, signal?: AbortSignal): Promise<SyncResult> {
      const authorization = authorizations.find(actor.workspaceId, authorizationId);
      if (!authorization) throw new NotFound('authorization');
      if (!isUsable(authorization.state)) throw new TokenNotUsable(authorization.state);
      return syncRow(authorization, actor.name, signal);
    },

    /**
     * The afterTokenStored hook (OAuth completion, registration, rotation, refreshAuthorization).
     * It never fails the authorization: a failed sync is logged and the old set stays.
     */
    async afterTokenStored(authorization: AuthorizationRow, signal?: AbortSignal, occasion?: TokenStoredOccasion): Promise<void> {
      const context = { authorizationId: authorization.id, workspaceId: authorization.workspaceId };
      if (!isUsable(authorization.state)) {
        deps.log.debug({ ...context, state: authorization.state }, 'ad-account sync skipped: the token is not usable');
        return;
      }
      try {
        const result = await syncRow(authorization, SYNC_ACTOR, signal, occasion);
        deps.log.info({ ...context, accounts: result.accountCount, changes: result.changes.length }, 'ad accounts synced');
      } catch (error) {
        const reason = error instanceof Error ? { name: error.name, message: error.message } : { name: typeof error };
        deps.log.warn({ ...context, reason }, 'ad-account sync after the token was stored failed; the previous set is kept');
      }
    },
  };
}

export type AdAccountSyncService = ReturnType<typeof createAdAccountSyncService>;
