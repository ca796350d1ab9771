import { describe, expect, it } from 'vitest';
import { assessToken, healthOf, type TokenInspection } from '../../src/domain/token-state.ts';

const now = new Date('2026-11-22T12:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

function inspection(overrides: Partial<TokenInspection> = {}): TokenInspection {
  return {
    isValid: true,
    type: 'USER',
    expiresAt: days(50),
    dataAccessExpiresAt: days(80),
    scopes: ['ads_management', 'public_profile'],
    error: undefined,
    ...overrides,
  };
}

const assess = (overrides: Partial<TokenInspection> = {}, requiredScopes = ['ads_management']) =>
  assessToken({ inspection: inspection(overrides), requiredScopes, now, warningDays: 7 });

const graphError = (subcode: number | undefined) => ({
  isValid: false,
  error: { code: 190, subcode, message: 'Error validating access token' },
});

describe('assessToken', () => {
  it('is VALID for a valid token with every required scope and far-off expiries', () => {
    expect(assess()).toMatchObject({ state: 'VALID', isValid: true, missingScopes: [], problems: [] });
  });

  it('is VALID for a token that never expires (expires_at 0)', () => {
    expect(assess({ expiresAt: null, dataAccessExpiresAt: null }).state).toBe('VALID');
  });

  it('is EXPIRED for 190/463', () => {
    const result = assess({ ...graphError(463), expiresAt: days(-1) });
    expect(result.state).toBe('EXPIRED');
    expect(result.isValid).toBe(false);
  });

  it('is EXPIRED when expires_at is in the past even if Graph still says valid', () => {
    expect(assess({ expiresAt: days(-0.001) })).toMatchObject({ state: 'EXPIRED', isValid: false });
  });

  it.each([459, 460, 464, 467, 492])('is INVALIDATED for 190/%i, with the reason named', (subcode) => {
    const result = assess(graphError(subcode));
    expect(result.state).toBe('INVALIDATED');
    expect(result.problems[0]).toMatchObject({ kind: 'INVALIDATED', subcode });
    expect((result.problems[0] as { reason: string }).reason.length).toBeGreaterThan(10);
  });

  it('names the password change for 460', () => {
    expect(assess(graphError(460)).problems[0]).toMatchObject({ reason: expect.stringContaining('password') });
  });

  it.each([458, 466])('is REVOKED for 190/%i', (subcode) => {
    expect(assess(graphError(subcode))).toMatchObject({ state: 'REVOKED', isValid: false });
  });

  it('is INVALIDATED for an unparseable token (190 without subcode)', () => {
    const result = assess({
      isValid: false,
      scopes: [],
      error: { code: 190, subcode: undefined, message: 'Invalid OAuth access token - Cannot parse access token' },
    });
    expect(result.state).toBe('INVALIDATED');
    expect(result.problems[0]).toMatchObject({ reason: 'Invalid OAuth access token - Cannot parse access token' });
  });

  it('is DATA_ACCESS_EXPIRED when data_access_expires_at is past', () => {
    expect(assess({ dataAccessExpiresAt: days(-2) })).toMatchObject({ state: 'DATA_ACCESS_EXPIRED', isValid: true });
  });

  it('is MISSING_PERMISSIONS when a required scope is not granted, and lists it', () => {
    const result = assess({ scopes: ['ads_read'] });
    expect(result).toMatchObject({ state: 'MISSING_PERMISSIONS', isValid: true, missingScopes: ['ads_management'] });
  });

  it('is EXPIRING_SOON within the warning window, and not one day outside it', () => {
    expect(assess({ expiresAt: days(6.9) }).state).toBe('EXPIRING_SOON');
    expect(assess({ expiresAt: days(7.1) }).state).toBe('VALID');
  });

  it('warns when data access, not the token, is about to expire', () => {
    expect(assess({ expiresAt: null, dataAccessExpiresAt: days(3) }).problems).toEqual([
      { kind: 'EXPIRING_SOON', what: 'data access', at: days(3) },
    ]);
  });

  it('puts the most serious problem first and keeps the others', () => {
    const result = assess({ scopes: ['ads_read'], dataAccessExpiresAt: days(-1) });
    expect(result.problems.map((p) => p.kind)).toEqual(['DATA_ACCESS_EXPIRED', 'MISSING_PERMISSIONS']);
  });

  it('reports no missing scope beside a token that no longer authenticates', () => {
    const result = assess({ ...graphError(460), scopes: ['ads_read'], dataAccessExpiresAt: days(-1) });
    expect(result.problems.map((p) => p.kind)).toEqual(['INVALIDATED', 'DATA_ACCESS_EXPIRED']);
    expect(result.missingScopes).toEqual([]);
  });

  it('treats a zero warning window as no warning', () => {
    expect(assessToken({ inspection: inspection({ expiresAt: days(1) }), requiredScopes: [], now, warningDays: 0 }).state).toBe('VALID');
  });
});

describe('healthOf', () => {
  it('maps states to health', () => {
    expect(healthOf('VALID')).toBe('HEALTHY');
    expect(healthOf('EXPIRING_SOON')).toBe('HEALTHY');
    expect(healthOf('UNCHECKED')).toBe('UNKNOWN');
    for (const state of ['EXPIRED', 'INVALIDATED', 'REVOKED', 'MISSING_PERMISSIONS', 'DATA_ACCESS_EXPIRED'] as const) {
      expect(healthOf(state)).toBe('UNHEALTHY');
    }
  });

  it('is UNKNOWN once the last checks in a row failed, whatever the stored state; below that the state decides', () => {
    const after = (consecutiveFailures: number) => ({ consecutiveFailures, unknownAfter: 3 });
    expect(healthOf('VALID', after(2))).toBe('HEALTHY');
    expect(healthOf('EXPIRED', after(2))).toBe('UNHEALTHY');
    expect(healthOf('VALID', after(3))).toBe('UNKNOWN');
    expect(healthOf('REVOKED', after(4))).toBe('UNKNOWN');
    expect(healthOf('UNCHECKED', after(0))).toBe('UNKNOWN');
    expect(healthOf('VALID', { consecutiveFailures: 1, unknownAfter: 1 })).toBe('UNKNOWN');
  });
});
