import { z } from 'zod';
import type { Clock } from '../clock.ts';
import { NotFound } from '../domain/authorization-errors.ts';
import { GraphError, GraphReauthError } from '../graph/errors.ts';
import type { GraphApi } from '../graph/graph-api.ts';
import type { AuthorizationFilter, AuthorizationRepository, AuthorizationRow, PageCursor } from '../repositories/authorizations.ts';
import type { RunInTransaction } from '../repositories/transaction.ts';
import { description, label } from './authorization-inputs.ts';
import type { Actor } from './facebook-oauth.ts';
import { rethrowGraphFailure } from './graph-failures.ts';
import { parseInput } from './input-validation.ts';
import { openToken } from './sealed-tokens.ts';
import type { AfterTokenStored } from './after-token-stored.ts';
import type { TokenCipher } from './token-cipher.ts';
import { failedCheckPatch, successfulCheckPatch } from './token-checks.ts';

export const MAX_PAGE_SIZE = 100;

const updateSchema = z.object({ id: z.string(), label: label.nullish(), description: description.optional() });

export function createAuthorizationService(deps: {
  graph: GraphApi;
  clock: Clock;
  expiryWarningDays: number;
  authorizations: AuthorizationRepository;
  cipher: TokenCipher;
  transaction: RunInTransaction;
  afterTokenStored: AfterTokenStored;
}) {
  const { graph, clock, authorizations } = deps;

  function require(workspaceId: string, id: string): AuthorizationRow {
    const row = authorizations.find(workspaceId, id);
    if (!row) throw new NotFound('authorization');
    return row;
  }

  /**
   * Checks many tokens with debug_token (batched by the client, at most 50 per request) and stores
   * the results in one transaction. A failed check keeps the state and records the error.
   */
  async function recheck(workspaceId: string, ids: readonly string[]): Promise<Map<string, AuthorizationRow>> {
    const rows = authorizations.findMany(workspaceId, ids);
    const results = await graph.debugTokens(rows.map((row) => openToken(deps.cipher, row))).catch((error: unknown) => {
      // The whole batch failed (after the client's retries): every row records the same failure.
      if (error instanceof GraphError) return rows.map(() => error);
      throw error;
    });
    const now = clock.now();
    const updated = deps.transaction(() =>
      rows.map((row, i) => {
        const result = results[i]!;
        const patch =
          result instanceof GraphError
            ? failedCheckPatch(result, row.consecutiveCheckFailures, now)
            : successfulCheckPatch(result, { now, warningDays: deps.expiryWarningDays });
        return authorizations.update(workspaceId, row.id, patch)!;
      }),
    );
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
      require(actor.workspaceId, input.id);
      return authorizations.update(actor.workspaceId, input.id, {
        ...(input.label ? { label: input.label } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        updatedAt: clock.now(),
      })!;
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
      deps.transaction(() => authorizations.delete(actor.workspaceId, row.id));
      return { deletedId: row.id, revokedAtFacebook };
    },

    async refresh(actor: Actor, id: string): Promise<AuthorizationRow> {
      require(actor.workspaceId, id);
      const row = (await recheck(actor.workspaceId, [id])).get(id)!;
      await deps.afterTokenStored(row);
      return row;
    },

    recheck,
  };
}

export type AuthorizationService = ReturnType<typeof createAuthorizationService>;
