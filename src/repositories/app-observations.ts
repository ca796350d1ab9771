import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { appObservations } from '../../db/schema.ts';

export function createAppObservationRepository(db: Db) {
  return {
    get(appId: string) {
      return db.select().from(appObservations).where(eq(appObservations.appId, appId)).get();
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
