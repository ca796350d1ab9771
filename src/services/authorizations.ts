import { z } from 'zod';
import type { Clock } from '../clock.ts';
import { NotFound } from '../domain/authorization-errors.ts';
import { GraphReauthError } from '../graph/errors.ts';
import type { GraphApi } from '../graph/graph-api.ts';
import type { AuthorizationFilter, AuthorizationRepository, AuthorizationRow, PageCursor } from '../repositories/authorizations.ts';
import type { RunInTransaction } from '../repositories/transaction.ts';
import { description, label, ownerEmail } from './authorization-inputs.ts';
import type { Actor } from './facebook-oauth.ts';
import { rethrowGraphFailure } from './graph-failures.ts';
import { parseInput } from './input-validation.ts';
import { openToken } from './sealed-tokens.ts';
import type { AfterTokenStored } from './after-token-stored.ts';
import type { TokenCipher } from './token-cipher.ts';
import { deletedEvent, updatedEvent } from './authorization-events.ts';
import type { EventRecorder } from './event-recorder.ts';
import type { TokenChecker } from './token-checker.ts';

export const MAX_PAGE_SIZE = 100;

const updateSchema = z.object({ id: z.string(), label: label.nullish(), description: description.optional(), ownerEmail: ownerEmail.optional() });

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
}) {
  const { graph, clock, authorizations } = deps;

  function require(workspaceId: string, id: string): AuthorizationRow {
    const row = authorizations.find(workspaceId, id);
    if (!row) throw new NotFound('authorization');
    return row;
  }

  /** Re-checks these authorizations of one workspace; returns them by id. */
  async function recheck(workspaceId: string, ids: readonly string[], actor: string): Promise<Map<string, AuthorizationRow>> {
    const updated = await deps.checker.check(authorizations.findMany(workspaceId, ids), actor);
    return new Map(updated.map((row) => [row.id, row]));
  }

  return {
    get(workspaceId: string, id: string): AuthorizationRow | undefined {
      return authorizations.find(workspaceId, id);
    },

    getMany(workspaceId: string, ids: readonly string[]): AuthorizationRow[] {
      return authorizations.findMany(workspaceId, ids);
    },

    page(workspaceId: string, args: { first: number; after: PageCursor | undefined; filter: AuthorizationFilter }) {
      const limit = Math.max(0, Math.min(args.first, MAX_PAGE_SIZE));
      const rows = authorizations.page(workspaceId, args.filter, limit + 1, args.after);
      return {
        rows: rows.slice(0, limit),
        hasNextPage: rows.length > limit,
        totalCount: () => authorizations.count(workspaceId, args.filter),
      };
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
    async delete(actor: Actor, input: { id: string; revokeAtFacebook: boolean }): Promise<{ deletedId: string; revokedAtFacebook: boolean }> {
      const row = require(actor.workspaceId, input.id);
      let revokedAtFacebook = false;
      if (input.revokeAtFacebook && row.facebookUserId) {
        try {
          await graph.revokePermissions(openToken(deps.cipher, row), row.facebookUserId);
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

    async refresh(actor: Actor, id: string): Promise<AuthorizationRow> {
      require(actor.workspaceId, id);
      const row = (await recheck(actor.workspaceId, [id], actor.name)).get(id);
      if (!row) throw new NotFound('authorization');
      await deps.afterTokenStored(row, actor.name);
      return row;
    },

    recheck,
  };
}

export type AuthorizationService = ReturnType<typeof createAuthorizationService>;
