import { and, count, eq, getTableColumns, gt, gte, inArray, lt, lte, ne, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { authorizations } from '../../db/schema.ts';
import type { AuthorizationMethod } from '../domain/health-issues.ts';
import type { TokenState } from '../domain/token-state.ts';
import { readStringList, storedCheckError, stringList, tokenProblems } from './json-columns.ts';
import { after, newestFirst, type NewestFirstCursor } from './newest-first.ts';
import { tableRows } from './table-rows.ts';

export type AuthorizationRow = typeof authorizations.$inferSelect;
export type NewAuthorizationRow = typeof authorizations.$inferInsert;
export type AuthorizationPatch = Partial<Omit<NewAuthorizationRow, 'id' | 'workspaceId' | 'createdAt'>>;

/**
 * An authorization as the lists read it: every column but the sealed token (its ciphertext, key id and
 * hash), which no list field shows. Each row's ciphertext is a Buffer that cost more to read than a
 * list's other columns; services that open a token hold an AuthorizationRow (or load one by id).
 */
export type AuthorizationRecord = Omit<AuthorizationRow, 'tokenCiphertext' | 'tokenKeyId' | 'tokenHash'>;

const { tokenCiphertext: _ciphertext, tokenKeyId: _keyId, tokenHash: _hash, ...recordColumnsOf } = getTableColumns(authorizations);
/** The columns of an AuthorizationRecord, in the table's order. */
export const authorizationRecordColumns = recordColumnsOf;

const jsonColumns = z.object({
  scopes: stringList,
  declinedScopes: stringList,
  problems: tokenProblems,
  lastCheckError: storedCheckError,
  delegatedAssetIds: stringList.nullable(),
  expiredScopes: stringList,
});

/**
 * Every authorization row read goes through here: its JSON columns, validated (json-columns.ts says what
 * an unreadable value becomes). The usual values (lists of strings, no problems, no check error) are
 * read directly: zod's parse of six columns was most of the CPU of reading a page of 50 rows.
 */
export function authorizationFromRow<Row extends AuthorizationRecord>(row: Row): Row {
  const usual = Array.isArray(row.problems) && row.problems.length === 0 && row.lastCheckError === null;
  if (!usual) return { ...row, ...jsonColumns.parse(row) };
  return {
    ...row,
    scopes: readStringList(row.scopes),
    declinedScopes: readStringList(row.declinedScopes),
    expiredScopes: readStringList(row.expiredScopes),
    delegatedAssetIds: row.delegatedAssetIds === null ? null : readStringList(row.delegatedAssetIds),
  };
}

// The hot reads (authorization(id), node(id)) decode their rows with tableRows.
const authorizationRows = tableRows(authorizations);
const fromRowOrUndefined = (row: AuthorizationRow | undefined) => (row ? authorizationFromRow(row) : undefined);

export interface AuthorizationFilter {
  method?: AuthorizationMethod | undefined;
  states?: readonly TokenState[] | undefined;
  search?: string | undefined;
  health?: HealthFilter | undefined;
  facebookUserId?: string | undefined;
  /** The system user's business or the client business of a Login for Business integration. */
  businessId?: string | undefined;
  /** Tokens that expire after `from` and no later than `to`. */
  expiresBetween?: { from: Date; to: Date } | undefined;
}

/**
 * One health: rows in `states` with fewer than `unknownAfterFailures` failed checks in a row, or,
 * with `orFailing` (UNKNOWN), also every row at or past that count whatever its state.
 */
export interface HealthFilter {
  states: readonly TokenState[];
  unknownAfterFailures: number;
  orFailing: boolean;
}

/** SQLite's LIKE has no escape character unless the query names one: without it `\%` matches a backslash followed by anything. */
const containsLike = (column: AnyColumn, escapedPattern: string): SQL => sql`${column} like ${escapedPattern} escape '\\'`;

export function filterSql(workspaceId: string, filter: AuthorizationFilter): SQL {
  const conditions: (SQL | undefined)[] = [eq(authorizations.workspaceId, workspaceId)];
  if (filter.method) conditions.push(eq(authorizations.method, filter.method));
  if (filter.states) conditions.push(inArray(authorizations.state, [...filter.states]));
  if (filter.health) {
    const { states, unknownAfterFailures, orFailing } = filter.health;
    const failures = authorizations.consecutiveCheckFailures;
    conditions.push(
      orFailing
        ? or(inArray(authorizations.state, [...states]), gte(failures, unknownAfterFailures))
        : and(inArray(authorizations.state, [...states]), lt(failures, unknownAfterFailures)),
    );
  }
  if (filter.facebookUserId) conditions.push(eq(authorizations.facebookUserId, filter.facebookUserId));
  if (filter.businessId) {
    conditions.push(or(eq(authorizations.businessId, filter.businessId), eq(authorizations.clientBusinessId, filter.businessId)));
  }
  if (filter.expiresBetween) {
    const { from, to } = filter.expiresBetween;
    conditions.push(gt(authorizations.expiresAt, from), lte(authorizations.expiresAt, to));
  }
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        containsLike(authorizations.label, pattern),
        containsLike(authorizations.description, pattern),
        containsLike(authorizations.facebookUserName, pattern),
      ),
    );
  }
  return and(...conditions)!;
}

export function createAuthorizationRepository(db: Db) {
  // Read on every authorization(id) and node(id): built and compiled once, not per call.
  const byId = db
    .select()
    .from(authorizations)
    .where(and(eq(authorizations.workspaceId, sql.placeholder('workspaceId')), eq(authorizations.id, sql.placeholder('id'))))
    .prepare();
  const whereAnywhere = (condition: SQL | undefined) => db.select().from(authorizations).where(condition).all().map(authorizationFromRow);
  return {
    insert(row: NewAuthorizationRow): AuthorizationRow {
      return authorizationFromRow(db.insert(authorizations).values(row).returning().get());
    },
    update(workspaceId: string, id: string, patch: AuthorizationPatch): AuthorizationRow | undefined {
      return fromRowOrUndefined(
        db
          .update(authorizations)
          .set(patch)
          .where(and(eq(authorizations.workspaceId, workspaceId), eq(authorizations.id, id)))
          .returning()
          .get(),
      );
    },
    find(workspaceId: string, id: string): AuthorizationRow | undefined {
      return fromRowOrUndefined(authorizationRows(byId.values({ workspaceId, id }))[0]);
    },
    /** Across workspaces: only for callers that proved the id some other way (a signed link). */
    findAnywhere(id: string): AuthorizationRow | undefined {
      return fromRowOrUndefined(db.select().from(authorizations).where(eq(authorizations.id, id)).get());
    },
    findMany(workspaceId: string, ids: readonly string[]): AuthorizationRow[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(authorizations)
        .where(and(eq(authorizations.workspaceId, workspaceId), inArray(authorizations.id, [...ids])))
        .all()
        .map(authorizationFromRow);
    },
    /** The workspace's Login for Business authorization of a client business, revoked or not. */
    findBusinessIntegration(workspaceId: string, clientBusinessId: string): AuthorizationRow | undefined {
      return fromRowOrUndefined(
        db
          .select()
          .from(authorizations)
          .where(
            and(
              eq(authorizations.workspaceId, workspaceId),
              eq(authorizations.method, 'BUSINESS_INTEGRATION'),
              eq(authorizations.clientBusinessId, clientBusinessId),
            ),
          )
          .get(),
      );
    },
    /** Across workspaces: Meta's webhooks name the business, and every workspace that connected it is concerned. */
    businessIntegrationsAnywhere(clientBusinessId: string): AuthorizationRow[] {
      return whereAnywhere(and(eq(authorizations.method, 'BUSINESS_INTEGRATION'), eq(authorizations.clientBusinessId, clientBusinessId)));
    },
    /** Across workspaces: the deauthorize and data deletion callbacks name the app-scoped user id. */
    facebookUserAuthorizationsAnywhere(facebookUserId: string): AuthorizationRow[] {
      return whereAnywhere(and(eq(authorizations.method, 'FACEBOOK_USER'), eq(authorizations.facebookUserId, facebookUserId)));
    },
    findByTokenHash(workspaceId: string, tokenHash: string): AuthorizationRow | undefined {
      return fromRowOrUndefined(
        db
          .select()
          .from(authorizations)
          .where(and(eq(authorizations.workspaceId, workspaceId), eq(authorizations.tokenHash, tokenHash)))
          .get(),
      );
    },
    page(workspaceId: string, filter: AuthorizationFilter, limit: number, cursor: NewestFirstCursor | undefined): AuthorizationRow[] {
      return db
        .select()
        .from(authorizations)
        .where(and(filterSql(workspaceId, filter), after(authorizations, cursor)))
        .orderBy(...newestFirst(authorizations))
        .limit(limit)
        .all()
        .map(authorizationFromRow);
    },
    count(workspaceId: string, filter: AuthorizationFilter): number {
      return db.select({ n: count() }).from(authorizations).where(filterSql(workspaceId, filter)).get()?.n ?? 0;
    },
    /** The workspace's authorizations by state, split by whether `unknownAfterFailures` or more checks in a row failed. */
    countsByState(workspaceId: string, unknownAfterFailures: number): { state: TokenState; failing: boolean; count: number }[] {
      const failing = gte(authorizations.consecutiveCheckFailures, unknownAfterFailures);
      return db
        .select({ state: authorizations.state, failing, n: count() })
        .from(authorizations)
        .where(eq(authorizations.workspaceId, workspaceId))
        .groupBy(authorizations.state, failing)
        .all()
        .map((row) => ({ state: row.state, failing: Boolean(row.failing), count: row.n }));
    },
    delete(workspaceId: string, id: string): boolean {
      return (
        db
          .delete(authorizations)
          .where(and(eq(authorizations.workspaceId, workspaceId), eq(authorizations.id, id)))
          .run().changes > 0
      );
    },
    /** For key rotation: every row not yet sealed with `keyId`, a batch at a time. */
    notSealedWith(keyId: string, limit: number): Pick<AuthorizationRow, 'id' | 'tokenKeyId' | 'tokenCiphertext'>[] {
      return db
        .select({ id: authorizations.id, tokenKeyId: authorizations.tokenKeyId, tokenCiphertext: authorizations.tokenCiphertext })
        .from(authorizations)
        .where(ne(authorizations.tokenKeyId, keyId))
        .limit(limit)
        .all();
    },
    reseal(id: string, sealed: { keyId: string; ciphertext: Buffer }): void {
      db.update(authorizations)
        .set({ tokenKeyId: sealed.keyId, tokenCiphertext: sealed.ciphertext })
        .where(eq(authorizations.id, id))
        .run();
    },
  };
}

export type AuthorizationRepository = ReturnType<typeof createAuthorizationRepository>;
