import { and, eq, gt, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { authorizations, expiryWarnings } from '../../db/schema.ts';
import { authorizationFromRow, type AuthorizationRow } from './authorizations.ts';

export type ExpiryWarningKind = typeof expiryWarnings.$inferSelect.kind;

export function createExpiryWarningRepository(db: Db) {
  return {
    /** Remembers one warning; false when it was already sent for that expiry, kind and threshold. */
    insertIfNew(row: { authorizationId: string; kind: ExpiryWarningKind; thresholdDays: number; expiresAt: Date; sentAt: Date }): boolean {
      return db.insert(expiryWarnings).values(row).onConflictDoNothing().run().changes > 0;
    },
    /** Authorizations (of one workspace, or all) whose token or data access ends in (now, until]. */
    expiringBetween(now: Date, until: Date, workspaceId: string | null): AuthorizationRow[] {
      const ends = or(
        and(gt(authorizations.expiresAt, now), lte(authorizations.expiresAt, until)),
        and(gt(authorizations.dataAccessExpiresAt, now), lte(authorizations.dataAccessExpiresAt, until)),
      );
      const scope = workspaceId === null ? undefined : eq(authorizations.workspaceId, workspaceId);
      return db.select().from(authorizations).where(and(ends, scope)).all().map(authorizationFromRow);
    },
  };
}

export type ExpiryWarningRepository = ReturnType<typeof createExpiryWarningRepository>;
