import { and, eq, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { leases } from '../../db/schema.ts';

export type LeaseRow = typeof leases.$inferSelect;

/** Named leases shared by every process on the database: one statement each, so SQLite serialises them. */
export function createLeaseRepository(db: Db) {
  return {
    /** Takes the lease when it is free, expired, or already ours; false when another holder keeps it. */
    acquire(name: string, holder: string, now: Date, expiresAt: Date): boolean {
      return (
        db
          .insert(leases)
          .values({ name, holder, expiresAt })
          .onConflictDoUpdate({
            target: leases.name,
            set: { holder, expiresAt },
            setWhere: or(lte(leases.expiresAt, now), eq(leases.holder, holder)),
          })
          .run().changes > 0
      );
    },
    /** Extends the lease only while `holder` still has it. */
    renew(name: string, holder: string, expiresAt: Date): boolean {
      return (
        db
          .update(leases)
          .set({ expiresAt })
          .where(and(eq(leases.name, name), eq(leases.holder, holder)))
          .run().changes > 0
      );
    },
    release(name: string, holder: string): void {
      db.delete(leases)
        .where(and(eq(leases.name, name), eq(leases.holder, holder)))
        .run();
    },
    find(name: string): LeaseRow | undefined {
      return db.select().from(leases).where(eq(leases.name, name)).get();
    },
  };
}

export type LeaseRepository = ReturnType<typeof createLeaseRepository>;
