import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { appObservations, type StoredAppBusiness, type StoredAppPermission } from '../../db/schema.ts';
import { z } from 'zod';
import { readableItems } from './json-columns.ts';

export type AppObservationRow = typeof appObservations.$inferSelect;

// JSON columns are read through zod (see json-columns.ts): an unreadable value counts as not read yet.
const storedPermissions = readableItems(z.object({ name: z.string(), status: z.string() }))
  .nullable()
  .catch(null);
const storedBusiness = z.object({ id: z.string(), name: z.string(), verificationStatus: z.string() }).nullable().catch(null);

const fromRow = (row: AppObservationRow): AppObservationRow => ({
  ...row,
  permissions: storedPermissions.parse(row.permissions),
  business: storedBusiness.parse(row.business),
});

export function createAppObservationRepository(db: Db) {
  return {
    get(appId: string): AppObservationRow | undefined {
      const row = db.select().from(appObservations).where(eq(appObservations.appId, appId)).get();
      return row && fromRow(row);
    },
    recordPermissions(appId: string, permissions: StoredAppPermission[], at: Date): void {
      db.insert(appObservations)
        .values({ appId, permissions, permissionsSeenAt: at })
        .onConflictDoUpdate({ target: appObservations.appId, set: { permissions, permissionsSeenAt: at } })
        .run();
    },
    recordBusiness(appId: string, business: StoredAppBusiness, at: Date): void {
      db.insert(appObservations)
        .values({ appId, business, businessSeenAt: at })
        .onConflictDoUpdate({ target: appObservations.appId, set: { business, businessSeenAt: at } })
        .run();
    },
    recordAccessTier(appId: string, tier: string, at: Date): void {
      db.insert(appObservations)
        .values({ appId, accessTier: tier, accessTierSeenAt: at })
        .onConflictDoUpdate({ target: appObservations.appId, set: { accessTier: tier, accessTierSeenAt: at } })
        .run();
    },
  };
}

export type AppObservationRepository = ReturnType<typeof createAppObservationRepository>;
