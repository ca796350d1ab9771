import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ACCESS_LEVELS,
  nextTier,
  systemUserLimitWarnings,
  tierDisagreement,
  tierFromHeader,
} from '../../src/domain/access-levels.ts';
import { upgradeCriteria } from '../../src/domain/upgrade-criteria.ts';

const policy = (tier: 'DEVELOPMENT' | 'BASIC' | 'STANDARD') => DEFAULT_ACCESS_LEVELS.find((level) => level.tier === tier)!;

describe('upgrade criteria (pure)', () => {
  it('BASIC asks for 1000 calls below 10% errors in 30 days, with progress, and lists what cannot be measured', () => {
    const criteria = upgradeCriteria('BASIC', { calls: 734, errors: 23 });
    expect(criteria[0]).toEqual({
      description: 'At least 1000 API calls with an error rate below 10% in the last 30 days.',
      measurable: true,
      met: false,
      progress: '734 / 1000 calls, 3.1% errors',
    });
    expect(criteria.slice(1).every((c) => !c.measurable && c.met === null && c.progress === null)).toBe(true);
    expect(
      criteria
        .slice(1)
        .map((c) => c.description)
        .join(' '),
    ).toMatch(/ad review.*login flow/s);
  });

  it.each([
    [{ calls: 999, errors: 0 }, false, '999 / 1000 calls, 0.0% errors'],
    [{ calls: 1000, errors: 99 }, true, '1000 / 1000 calls, 9.9% errors'],
    [{ calls: 1000, errors: 100 }, false, '1000 / 1000 calls, 10.0% errors'],
    [{ calls: 5000, errors: 1 }, true, '5000 / 1000 calls, 0.0% errors'],
    [{ calls: 0, errors: 0 }, false, '0 / 1000 calls, 0.0% errors'],
  ])('%j → met %s (%s)', (totals, met, progress) => {
    expect(upgradeCriteria('BASIC', totals)[0]).toMatchObject({ met, progress });
  });

  it('STANDARD is reached by review only; above STANDARD there is nothing', () => {
    const standard = upgradeCriteria('STANDARD', { calls: 5000, errors: 0 });
    expect(standard.length).toBeGreaterThan(0);
    expect(standard.every((c) => !c.measurable)).toBe(true);
    expect(upgradeCriteria(null, { calls: 5000, errors: 0 })).toEqual([]);
    expect([nextTier('DEVELOPMENT'), nextTier('BASIC'), nextTier('STANDARD')]).toEqual(['BASIC', 'STANDARD', null]);
  });
});

describe('tiers from headers and their disagreement with config', () => {
  it('maps the two header values and nothing else', () => {
    expect([
      tierFromHeader('development_access'),
      tierFromHeader('standard_access'),
      tierFromHeader('basic_access'),
      tierFromHeader(undefined),
    ]).toEqual(['DEVELOPMENT', 'STANDARD', undefined, undefined]);
  });

  it('agrees only when the configured tier is the one the header means', () => {
    expect(tierDisagreement('STANDARD', 'standard_access')).toBeUndefined();
    expect(tierDisagreement('STANDARD', 'development_access')).toMatch(
      /ADSAUTH_ACCESS_LEVEL is STANDARD.*development_access \(DEVELOPMENT\).*enforces STANDARD/,
    );
    expect(tierDisagreement('BASIC', 'development_access')).toMatch(/is BASIC/);
    expect(tierDisagreement('DEVELOPMENT', 'limited_access')).toMatch(/limited_access, a value adsauth does not know/);
  });
});

describe('system-user limits', () => {
  it('warns per kind over the limit, not at it', () => {
    expect(systemUserLimitWarnings(policy('DEVELOPMENT'), '42', { regular: 1, admin: 1 })).toEqual([]);
    expect(systemUserLimitWarnings(policy('DEVELOPMENT'), '42', { regular: 2, admin: 2 })).toEqual([
      'Business 42 has 2 system users, over the 1 that DEVELOPMENT access allows.',
      'Business 42 has 2 admin system users, over the 1 that DEVELOPMENT access allows.',
    ]);
    expect(systemUserLimitWarnings(policy('BASIC'), '42', { regular: 3, admin: 0 })).toEqual([]);
    expect(systemUserLimitWarnings(policy('STANDARD'), '42', { regular: 11, admin: 1 })).toHaveLength(1);
  });
});
