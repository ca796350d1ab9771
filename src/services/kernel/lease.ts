// A lease row with an expiry: only its holder works until it expires, across every process that
// shares the database. The holder renews it while working; a holder that dies (kill -9) simply stops
// renewing, and the next one takes over once the expiry has passed.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../clock.ts';
import type { LeaseRepository } from '../../repositories/leases.ts';

export interface HeldLease {
  readonly holder: string;
  /** Pushes the expiry out again; false once another holder has taken the lease over. */
  renew(): boolean;
  /** True once a renewal found the lease in other hands: stop working. */
  readonly lost: boolean;
  release(): void;
}

export type LeaseAttempt = { acquired: true; lease: HeldLease } | { acquired: false; heldUntil: Date | undefined };

export function createLeaseService(deps: { leases: LeaseRepository; clock: Clock }) {
  return {
    /** Takes the lease for `ttlMs`, renewed in the background every third of it until released. */
    acquire(name: string, ttlMs: number): LeaseAttempt {
      const holder = randomUUID();
      const expiry = () => new Date(deps.clock.now().getTime() + ttlMs);
      if (!deps.leases.acquire(name, holder, deps.clock.now(), expiry())) {
        return { acquired: false, heldUntil: deps.leases.find(name)?.expiresAt };
      }
      let lost = false;
      const renew = () => {
        if (!lost && !deps.leases.renew(name, holder, expiry())) lost = true;
        return !lost;
      };
      // A Graph call can outlast a window; the timer keeps the lease alive meanwhile. unref: it never
      // keeps a finished process alive.
      const timer = setInterval(
        () => {
          try {
            renew();
          } catch {
            // The database was busy or is closing: the next tick, or the holder's own renew(), tries again.
          }
        },
        Math.max(50, Math.floor(ttlMs / 3)),
      );
      timer.unref();
      return {
        acquired: true,
        lease: {
          holder,
          renew,
          get lost() {
            return lost;
          },
          release() {
            clearInterval(timer);
            if (!lost) deps.leases.release(name, holder);
          },
        },
      };
    },
  };
}

export type LeaseService = ReturnType<typeof createLeaseService>;
