import { describe, expect, it } from 'vitest';
import { appPermissionStatusOf, appReadinessWarnings, verificationStatusOf } from '../../src/domain/app-readiness.ts';
import { GRAPH_API_VERSIONS, versionLifecycle } from '../../src/domain/graph-versions.ts';

describe('app readiness rules', () => {
  it('upper-cases Meta’s values, and shows a value it does not know as UNKNOWN', () => {
    expect(verificationStatusOf('pending_need_more_info')).toBe('PENDING_NEED_MORE_INFO');
    expect(verificationStatusOf('unknown')).toBe('UNKNOWN');
    expect(verificationStatusOf('under_review')).toBe('UNKNOWN');
    expect([appPermissionStatusOf('live'), appPermissionStatusOf('unapproved'), appPermissionStatusOf('LIVE')]).toEqual([
      'LIVE',
      'UNAPPROVED',
      'UNKNOWN',
    ]);
  });

  it('takes the Marketing API end date when announced, else the Graph one, else none', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(versionLifecycle('v24.0', now)).toEqual({ version: 'v24.0', availableUntil: new Date('2026-10-06T00:00:00Z'), daysLeft: -55 });
    expect(versionLifecycle('v25.0', now).availableUntil).toEqual(new Date('2028-07-29T00:00:00Z'));
    expect(versionLifecycle('v26.0', now)).toEqual({ version: 'v26.0', availableUntil: undefined, daysLeft: undefined });
    expect(versionLifecycle('v19.0', now).availableUntil).toBeUndefined();
    expect(Object.keys(GRAPH_API_VERSIONS)).toContain('v26.0');
  });

  it('warns at 90 days left, not at 91', () => {
    const base = {
      appId: '1',
      permissions: [{ name: 'ads_management', status: 'LIVE' as const }],
      business: undefined,
      configuredBusinessId: undefined,
    };
    const at = (daysLeft: number) =>
      appReadinessWarnings({ ...base, version: { version: 'v24.0', availableUntil: new Date('2026-10-06T00:00:00Z'), daysLeft } }).map(
        (w) => w.code,
      );
    expect(at(91)).toEqual([]);
    expect(at(90)).toEqual(['GRAPH_API_VERSION_ENDING']);
    expect(at(0)).toEqual(['GRAPH_API_VERSION_ENDING']);
    expect(at(-1)).toEqual(['GRAPH_API_VERSION_ENDED']);
  });
});
