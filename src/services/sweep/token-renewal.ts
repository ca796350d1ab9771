// Renews 60-day tokens before they expire, where Graph allows it (docs/graph-api.md "Long-lived tokens"): a user token is
// exchanged again while it is valid (fb_exchange_token); a 60-day system-user token is refreshed
// with set_token_expires_in_60_days=true (docs/graph-api.md "System-user tokens"). The new token is confirmed with debug_token and
// sealed into the same row, with a token_replaced event, only if its expiry really moved.
import type { Clock } from '../../clock.ts';
import type { NewEvent } from '../../domain/events.ts';
import { GraphError } from '../../graph/errors.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import type { Logger } from '../../log.ts';
import type { AuthorizationRepository, AuthorizationRow } from '../../repositories/authorizations.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import { checkEvents, tokenReplacedEvent, type HealthOf } from '../authorizations/authorization-events.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import { openToken, tokenColumns } from '../kernel/sealed-tokens.ts';
import { mapLimited } from './sweep-pool.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';
import { successfulCheckPatch } from '../authorizations/token-checks.ts';

const DAY_MS = 86_400_000;
/** Renewed this long before expiry: before the first expiry warning (7 days by default) goes out. */
export const RENEW_WITHIN_DAYS = 14;

export interface RenewalCounts {
  renewed: number;
  /** Graph answered, but the new token expires no later than the old one: kept the old, reported. */
  notExtended: number;
  failed: number;
  /** The renewed rows whose state the new token's check changed (e.g. EXPIRING_SOON back to VALID). */
  stateChanged: string[];
}

export function createTokenRenewal(deps: {
  graph: GraphApi;
  clock: Clock;
  log: Logger;
  cipher: TokenCipher;
  authorizations: AuthorizationRepository;
  transaction: RunInTransaction;
  recorder: EventRecorder;
  expiryWarningDays: number;
  actor: string;
  /** Health as Authorization.health shows it: a renewal records its change. */
  health: HealthOf;
  renewWithinDays?: number;
  concurrency?: number;
}) {
  const renewWithinMs = (deps.renewWithinDays ?? RENEW_WITHIN_DAYS) * DAY_MS;

  /** A working 60-day token that expires soon, of a kind Graph renews. */
  function isDue(row: AuthorizationRow, now: Date): boolean {
    if (row.state !== 'VALID' && row.state !== 'EXPIRING_SOON') return false;
    if (row.tokenType !== 'USER' && row.tokenType !== 'SYSTEM_USER') return false;
    const left = (row.expiresAt?.getTime() ?? 0) - now.getTime();
    return left > 0 && left <= renewWithinMs;
  }

  async function exchange(row: AuthorizationRow): Promise<string | GraphError> {
    try {
      const grant = await deps.graph.exchangeForLongLivedToken({
        accessToken: openToken(deps.cipher, row),
        setTokenExpiresIn60Days: row.tokenType === 'SYSTEM_USER',
      });
      return grant.accessToken;
    } catch (error) {
      if (error instanceof GraphError) return error;
      throw error;
    }
  }

  function failureEvent(row: AuthorizationRow, errorClass: string, message: string, code: number | null = null): NewEvent {
    return {
      workspaceId: row.workspaceId,
      authorizationId: row.id,
      actor: deps.actor,
      ownerEmail: row.ownerEmail,
      type: 'authorization.check_failed',
      data: { label: row.label, errorClass, code, subcode: null, message, consecutiveFailures: row.consecutiveCheckFailures },
    };
  }

  return {
    /** Renews the rows that are due; Graph first, then one short transaction. */
    async renew(rows: readonly AuthorizationRow[]): Promise<RenewalCounts> {
      const due = rows.filter((row) => isDue(row, deps.clock.now()));
      const counts: RenewalCounts = { renewed: 0, notExtended: 0, failed: 0, stateChanged: [] };
      if (due.length === 0) return counts;
      const exchanged = await mapLimited(due, deps.concurrency ?? 4, exchange);
      const fresh = due.flatMap((row, i) => (typeof exchanged[i] === 'string' ? [{ row, token: exchanged[i] }] : []));
      const infos =
        fresh.length === 0
          ? []
          : await deps.graph.debugTokens(fresh.map((item) => item.token)).catch((error: unknown) => {
              if (error instanceof GraphError) return fresh.map(() => error);
              throw error;
            });
      const now = deps.clock.now();
      deps.transaction(() => {
        due.forEach((row, i) => {
          const result = exchanged[i]!;
          if (result instanceof GraphError) {
            counts.failed += 1;
            deps.recorder.record(failureEvent(row, result.errorClass, `Token renewal failed: ${result.message}`, result.code ?? null));
          }
        });
        fresh.forEach(({ row, token }, i) => {
          const current = deps.authorizations.find(row.workspaceId, row.id);
          // Deleted, or its token replaced by someone else meanwhile: theirs wins.
          if (!current || current.tokenHash !== row.tokenHash) return;
          const info = infos[i]!;
          if (info instanceof GraphError || !info.isValid) {
            counts.failed += 1;
            const why = info instanceof GraphError ? info.message : 'Facebook reports the new token as not valid';
            deps.recorder.record(failureEvent(current, 'RENEWAL_FAILED', `Token renewal failed: ${why}`));
            return;
          }
          const before = current.expiresAt ?? row.expiresAt!;
          if (info.expiresAt !== null && (info.expiresAt === undefined || info.expiresAt.getTime() <= before.getTime())) {
            counts.notExtended += 1;
            const newExpiry = info.expiresAt?.toISOString() ?? 'unknown';
            deps.recorder.record(
              failureEvent(
                current,
                'RENEWAL_NOT_EXTENDED',
                `Token renewal did not extend the expiry: Facebook's new token expires at ${newExpiry}, not after ${before.toISOString()}. The current token was kept; reconnect before it expires.`,
              ),
            );
            return;
          }
          const after = deps.authorizations.update(current.workspaceId, current.id, {
            ...tokenColumns(deps.cipher, current.id, token),
            ...successfulCheckPatch(info, { now, warningDays: deps.expiryWarningDays }),
          })!;
          deps.recorder.record(tokenReplacedEvent(current, after, deps.actor));
          for (const event of checkEvents(current, after, deps.actor, deps.health)) deps.recorder.record(event);
          if (after.state !== current.state) counts.stateChanged.push(current.id);
          counts.renewed += 1;
        });
      });
      if (counts.notExtended > 0 || counts.failed > 0)
        deps.log.warn(
          { renewal: { ...counts, stateChanged: counts.stateChanged.length } },
          'token renewal: not every due token got a later expiry',
        );
      return counts;
    },
  };
}

export type TokenRenewal = ReturnType<typeof createTokenRenewal>;
