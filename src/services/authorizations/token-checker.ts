import type { Clock } from '../../clock.ts';
import { GraphError } from '../../graph/errors.ts';
import type { DebugTokenInfo, GraphApi } from '../../graph/graph-api.ts';
import type { AuthorizationRepository, AuthorizationRow } from '../../repositories/authorizations.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import { checkEvents, type HealthOf } from './authorization-events.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import { openToken } from '../kernel/sealed-tokens.ts';
import { TokenDecryptionError, type TokenCipher } from '../kernel/token-cipher.ts';
import { assess, failedCheckPatch, successfulCheckPatch, undecryptableTokenPatch } from './token-checks.ts';
import { delegatedAssetIds } from './business-token.ts';

/** A row's update and events cost about a millisecond of synchronous work (drizzle builds each statement anew). */
const ROWS_PER_STORE = 10;

/**
 * Checks many tokens with debug_token (batched by the client, at most 50 per request) and stores the
 * results, with their events, in one transaction. A failed check keeps the state and records the error;
 * so does a check that got no answer before `signal` (a request's deadline) fired.
 * Used by tokenStatus(maxAgeSeconds), refreshAuthorization and the sweep.
 */
export function createTokenChecker(deps: {
  graph: GraphApi;
  clock: Clock;
  expiryWarningDays: number;
  authorizations: AuthorizationRepository;
  cipher: TokenCipher;
  transaction: RunInTransaction;
  recorder: EventRecorder;
  /** The authorization's health (failed checks count), so a recovery from UNKNOWN is recorded. */
  health: HealthOf;
}) {
  /**
   * Which permissions lapsed (90 days unused): asked of /me/permissions only for a token that lacks a
   * needed permission, so a healthy token costs no call. undefined (keep what is stored) when that read fails.
   */
  async function expiredScopesOf(
    result: DebugTokenInfo | GraphError | undefined,
    token: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<string[] | undefined> {
    if (result === undefined || result instanceof GraphError || token === undefined) return undefined;
    if (!result.isValid || assess(result, deps.clock.now(), deps.expiryWarningDays).missingScopes.length === 0) return [];
    try {
      const permissions = await deps.graph.getPermissions(token, { signal });
      return permissions.filter((p) => p.status === 'expired').map((p) => p.permission);
    } catch (error) {
      if (error instanceof GraphError) return undefined;
      throw error;
    }
  }

  /** What one answer (undefined: the token could not be opened) writes into the row. */
  function patchOf(
    before: AuthorizationRow,
    result: DebugTokenInfo | GraphError | undefined,
    expiredScopes: string[] | undefined,
    now: Date,
  ) {
    if (result === undefined) return undecryptableTokenPatch(before.consecutiveCheckFailures, now);
    if (result instanceof GraphError) return failedCheckPatch(result, before.consecutiveCheckFailures, now);
    return {
      ...successfulCheckPatch(result, { now, warningDays: deps.expiryWarningDays, expiredScopes }),
      // A business integration's token reaches what the client shares now: each check reads it again.
      ...(before.method === 'BUSINESS_INTEGRATION' ? { delegatedAssetIds: delegatedAssetIds(result) } : {}),
    };
  }

  return {
    async check(
      rows: readonly AuthorizationRow[],
      actor: string,
      extraPatch: { lastSweptRunId?: string } = {},
      signal?: AbortSignal,
      /**
       * Given (the sweep), the answers are stored ROWS_PER_STORE at a time, each slice in a transaction of its own
       * after this resolves: a turn of the event loop of its own, so no write holds the loop for a whole batch.
       * Without it, every row in one transaction.
       */
      beforeStore?: () => Promise<void>,
    ): Promise<AuthorizationRow[]> {
      if (rows.length === 0) return [];
      const tokens = rows.map((row) => openTokenOrUndefined(deps.cipher, row));
      const readable = tokens.filter((token): token is string => token !== undefined);
      const answers = await deps.graph.debugTokens(readable, { signal }).catch((error: unknown) => {
        // The whole batch failed (after the client's retries): every row records the same failure.
        if (error instanceof GraphError) return readable.map(() => error);
        throw error;
      });
      let next = 0;
      const results = tokens.map((token) => (token === undefined ? undefined : answers[next++]!));
      const expired = await Promise.all(results.map((result, i) => expiredScopesOf(result, tokens[i], signal)));
      const now = deps.clock.now();
      const store = (from: number) =>
        deps.transaction(() =>
          rows.slice(from, beforeStore ? from + ROWS_PER_STORE : rows.length).map((before, i) => {
            const patch = patchOf(before, results[from + i], expired[from + i], now);
            // A row deleted while Graph was asked stays deleted.
            const after = deps.authorizations.update(before.workspaceId, before.id, { ...patch, ...extraPatch });
            if (!after) return before;
            for (const event of checkEvents(before, after, actor, deps.health)) deps.recorder.record(event);
            return after;
          }),
        );
      if (!beforeStore) return store(0);
      const stored: AuthorizationRow[] = [];
      for (let from = 0; from < rows.length; from += ROWS_PER_STORE) {
        await beforeStore();
        stored.push(...store(from));
      }
      return stored;
    },
  };
}

export type TokenChecker = ReturnType<typeof createTokenChecker>;

function openTokenOrUndefined(cipher: TokenCipher, row: AuthorizationRow): string | undefined {
  try {
    return openToken(cipher, row);
  } catch (error) {
    if (error instanceof TokenDecryptionError) return undefined;
    throw error;
  }
}
