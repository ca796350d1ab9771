// DateTime's output is written by isoDateTime rather than toISOString: it must write the same string
// for every date, and throw as toISOString does for an invalid one.
import { describe, expect, it } from 'vitest';
import { isoDateTime } from '../../src/graphql/iso-date-time.ts';

const YEAR_10000 = Date.UTC(10000, 0, 1);

describe('isoDateTime', () => {
  it('writes what toISOString writes, at the edges of days, months, leap years and its range, and beyond it', () => {
    const edges = [
      0,
      1,
      Date.UTC(1970, 0, 1, 23, 59, 59, 999),
      Date.UTC(2000, 1, 29, 12, 0, 0, 5),
      Date.UTC(2000, 2, 1),
      Date.UTC(2100, 1, 28, 23, 59, 59, 999),
      Date.UTC(2100, 2, 1),
      Date.UTC(2024, 11, 31, 23, 59, 59, 999),
      Date.UTC(2026, 10, 22, 10, 0, 0, 0),
      YEAR_10000 - 1,
      YEAR_10000,
      -1,
      Date.UTC(-1, 0, 1),
      8.64e15,
      -8.64e15,
    ];
    for (const ms of edges) expect({ ms, iso: isoDateTime(new Date(ms)) }).toEqual({ ms, iso: new Date(ms).toISOString() });
  });

  it('writes what toISOString writes for 200,000 dates spread over its range', () => {
    // A fixed sequence (a linear congruential generator): a failure names a date that fails again.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 200_000; i++) {
      const ms = Math.floor(next() * YEAR_10000);
      const iso = isoDateTime(new Date(ms));
      if (iso !== new Date(ms).toISOString()) expect({ ms, iso }).toEqual({ ms, iso: new Date(ms).toISOString() });
    }
  });

  it('throws as toISOString does for an invalid date', () => {
    expect(() => isoDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
