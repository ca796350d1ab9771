// A token bucket per API key: `perMinute` units, refilled continuously, so a key may spend a minute's
// worth at once and then one unit every 60/perMinute seconds. The buckets live in this process's
// memory: they start full at every restart, and N processes serving one database allow N times the
// rate. That is enough to stop one key from spending the app's Graph budget; a shared limit would need
// a shared store.
import type { Clock } from '../../clock.ts';

export function createKeyRateLimiter(deps: { perMinute: number; clock: Clock }) {
  const capacity = deps.perMinute;
  const refillPerMs = deps.perMinute / 60_000;
  const buckets = new Map<string, { units: number; atMs: number }>();

  return {
    /** Takes one unit from the key's bucket: 0 when taken, else the milliseconds until one is there. */
    take(key: string): number {
      const now = deps.clock.now().getTime();
      const bucket = buckets.get(key);
      const units = bucket ? Math.min(capacity, bucket.units + Math.max(0, now - bucket.atMs) * refillPerMs) : capacity;
      if (units >= 1) {
        buckets.set(key, { units: units - 1, atMs: now });
        return 0;
      }
      buckets.set(key, { units, atMs: now });
      return Math.ceil((1 - units) / refillPerMs);
    },
  };
}

export type KeyRateLimiter = ReturnType<typeof createKeyRateLimiter>;
