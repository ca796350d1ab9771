// The token bucket on its own: capacity, continuous refill, and the wait it reports.
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import { createKeyRateLimiter } from '../../src/services/kernel/key-rate-limiter.ts';

describe('the per-key token bucket', () => {
  it("allows a minute's worth at once, then one unit per 60/perMinute seconds", () => {
    const clock = fixedClock('2026-03-01T12:00:00Z');
    const limiter = createKeyRateLimiter({ perMinute: 60, clock });
    const taken = Array.from({ length: 60 }, () => limiter.take('a'));
    expect(taken.every((wait) => wait === 0)).toBe(true);
    expect(limiter.take('a')).toBe(1000);
    clock.advance(400);
    expect(limiter.take('a')).toBe(600);
    clock.advance(600);
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1000);
  });

  it("keeps one bucket per key, and never holds more than a minute's worth", () => {
    const clock = fixedClock('2026-03-01T12:00:00Z');
    const limiter = createKeyRateLimiter({ perMinute: 2, clock });
    expect([limiter.take('a'), limiter.take('a'), limiter.take('b')]).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(30_000);
    clock.advance(3_600_000);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 30_000]);
  });
});
