import { z } from 'zod';
import type { Clock } from '../../clock.ts';
import { NotFound } from '../../domain/authorization-errors.ts';
import { GraphReauthError } from '../../graph/errors.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import type { AuthorizationRecord, AuthorizationRepository, AuthorizationRow } from '../../repositories/authorizations.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import { description, label, ownerEmail } from './authorization-inputs.ts';
import type { Actor } from '../../domain/actor.ts';
import { rethrowGraphFailure } from '../kernel/graph-failures.ts';
import { parseInput } from '../kernel/input-validation.ts';
import { openToken } from '../kernel/sealed-tokens.ts';
import type { AfterTokenStored } from './after-token-stored.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';
import { deletedEvent, updatedEvent } from './authorization-events.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import type { TokenChecker } from './token-checker.ts';
import { outsideRecheckFloor, recheckDue } from './recheck-policy.ts';

const updateSchema = z.object({
  id: z.string(),
  label: label.nullish(),
  description: description.optional(),
  ownerEmail: ownerEmail.optional(),
});

export function createAuthorizationService(deps: {
  graph: GraphApi;
  clock: Clock;
  expiryWarningDays: number;
  authorizations: AuthorizationRepository;
  cipher: TokenCipher;
  transaction: RunInTransaction;
  afterTokenStored: AfterTokenStored;
  checker: TokenChecker;
  recorder: EventRecorder;
  /** tokenStatus(maxAgeSeconds) asks Facebook about one authorization at most this often. */
  minRecheckSeconds: number;
}) {
  const { graph, clock, authorizations } = deps;

  function require(workspaceId: string, id: string): AuthorizationRow {
    const row = authorizations.find(workspaceId, id);
    if (!row) throw new NotFound('authorization');
    return row;
  }

  /** Checks these authorizations of one workspace now; returns them by id. */
  async function checkNow(
    rows: readonly AuthorizationRow[],
    actor: string,
    signal: AbortSignal | undefined,
  ): Promise<Map<string, AuthorizationRow>> {
    const updated = await deps.checker.check(rows, actor, {}, signal);
    return new Map(updated.map((row) => [row.id, row]));
  }

  return {
    get(workspaceId: string, id: string): AuthorizationRow | undefined {
      return authorizations.find(workspaceId, id);
    },

    getMany(workspaceId: string, ids: readonly string[]): AuthorizationRow[] {
      return authorizations.findMany(workspaceId, ids);
    },

    update(actor: Actor, rawInput: z.input<typeof updateSchema>): AuthorizationRow {
      const input = parseInput(updateSchema, rawInput);
      const before = require(actor.workspaceId, input.id);
      return deps.transaction(() => {
        const after = authorizations.update(actor.workspaceId, input.id, {
          ...(input.label ? { label: input.label } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.ownerEmail !== undefined ? { ownerEmail: input.ownerEmail } : {}),
          updatedAt: clock.now(),
        })!;
        const event = updatedEvent(before, after, actor.name);
        if (event) deps.recorder.record(event);
        return after;
      });
    },

    /** With revokeAtFacebook, Facebook is told first; a token Facebook already rejects is deleted anyway. */
    async delete(
      actor: Actor,
      input: { id: string; revokeAtFacebook: boolean },
      signal?: AbortSignal,
    ): Promise<{ deletedId: string; revokedAtFacebook: boolean }> {
      const row = require(actor.workspaceId, input.id);
      let revokedAtFacebook = false;
      if (input.revokeAtFacebook && row.facebookUserId) {
        try {
          await graph.revokePermissions(openToken(deps.cipher, row), row.facebookUserId, { signal });
          revokedAtFacebook = true;
        } catch (error) {
          if (!(error instanceof GraphReauthError)) rethrowGraphFailure(error);
        }
      }
      deps.transaction(() => {
        if (authorizations.delete(actor.workspaceId, row.id)) deps.recorder.record(deletedEvent(row, actor.name, revokedAtFacebook));
      });
      return { deletedId: row.id, revokedAtFacebook };
    },

    /** Checks the token now, then syncs its ad accounts, unless the check failed: that answer is then the stored state with lastCheckError. */
    async refresh(actor: Actor, id: string, signal?: AbortSignal): Promise<AuthorizationRow> {
      const row = (await checkNow([require(actor.workspaceId, id)], actor.name, signal)).get(id);
      if (!row) throw new NotFound('authorization');
      if (row.consecutiveCheckFailures === 0) await deps.afterTokenStored(row, signal);
      return row;
    },

    /** tokenStatus(maxAgeSeconds): is the stored answer older than asked, and may Facebook be asked again yet? */
    recheckDue(row: AuthorizationRecord, maxAgeSeconds: number): boolean {
      return recheckDue(row, clock.now().getTime(), { maxAgeSeconds, minRecheckSeconds: deps.minRecheckSeconds });
    },

    /**
     * Re-checks these authorizations of one workspace for tokenStatus; returns them by id. Rows that
     * another request checked within the floor meanwhile are returned as stored.
     */
    async recheck(
      workspaceId: string,
      ids: readonly string[],
      actor: string,
      signal?: AbortSignal,
    ): Promise<Map<string, AuthorizationRow>> {
      const rows = authorizations.findMany(workspaceId, ids);
      const nowMs = clock.now().getTime();
      const due = rows.filter((row) => outsideRecheckFloor(row, nowMs, deps.minRecheckSeconds));
      const checked = await checkNow(due, actor, signal);
      return new Map(rows.map((row) => [row.id, checked.get(row.id) ?? row]));
    },
  };
}

export type AuthorizationService = ReturnType<typeof createAuthorizationService>;
