import { describe, expect, it } from 'vitest';
import { SANDBOX_VERIFICATION_STATUSES } from '../../src/sandbox/app-review.ts';
import { gql } from '../helpers/gql.ts';
import { AppReadinessQuery } from './documents.ts';
import { setupAccessLevelTest, type AccessLevelTest } from './support.ts';
import { setupSweepTest } from '../sweep/support.ts';

// The first business the empty sandbox creates (setupAuthorizationTest's) gets this id.
const BUSINESS_ID = '200000000000001';

const readiness = async (s: Pick<AccessLevelTest, 'app' | 'apiKey'>) => (await gql(s.app, AppReadinessQuery, {}, { apiKey: s.apiKey })).app;
const codes = (app: Awaited<ReturnType<typeof readiness>>) => app.warnings.map((w) => w.code);

describe('Query.app: the app as Meta sees it', () => {
  it('reads the permissions with the app token when first asked, then answers from the database', async () => {
    const s = await setupAccessLevelTest();
    s.world.resetCalls();
    const app = await readiness(s);
    expect(app.permissions).toEqual(
      ['ads_management', 'ads_read', 'business_management', 'email', 'public_profile'].map((name) => ({ name, status: 'LIVE' })),
    );
    expect(app.business).toBeNull();
    expect(app.warnings).toEqual([]);
    // One GET /{app-id}/permissions for all four fields; none the second time.
    expect(s.world.counters()).toEqual({ httpRequests: 1, byEndpoint: { 'GET {id}/permissions': 1 } });
    await readiness(s);
    expect(s.world.counters().httpRequests).toBe(1);
  });

  it.each([
    ['unapproved', 'UNAPPROVED'],
    [null, 'not requested'],
  ] as const)('warns when ads_management is %s, with the App Review link', async (status, shown) => {
    const s = await setupAccessLevelTest();
    s.world.setAppPermission('ads_management', status);
    const app = await readiness(s);
    if (status) expect(app.permissions).toContainEqual({ name: 'ads_management', status: 'UNAPPROVED' });
    else expect(app.permissions.map((p) => p.name)).not.toContain('ads_management');
    expect(app.warnings).toEqual([
      {
        code: 'ADS_MANAGEMENT_NOT_LIVE',
        message: `ads_management is ${shown} for this app: only people with a role on the app can grant it.`,
        remediation: {
          text: expect.stringContaining('Advanced Access'),
          url: `https://developers.facebook.com/apps/${s.world.app.id}/app-review/permissions/`,
        },
      },
    ]);
  });

  it('says when the permissions could not be read, and reads them on the next request', async () => {
    const s = await setupAccessLevelTest();
    s.world.setFaults({ scripted: [1, 2, 3, 4].map((onCall) => ({ pathIncludes: '/permissions', onCall, fault: 'http500' as const })) });
    const unread = await readiness(s);
    expect(unread.permissions).toEqual([]);
    expect(codes(unread)).toEqual(['APP_PERMISSIONS_UNREAD']);
    expect(codes(await readiness(s))).toEqual([]);
  });

  it('gives the business and its verification for each of Meta’s statuses, with a warning unless VERIFIED', async () => {
    const s = await setupAccessLevelTest({ env: { FACEBOOK_BUSINESS_ID: BUSINESS_ID } });
    expect(s.business.id).toBe(BUSINESS_ID);
    const seen: [string, string, string[]][] = [];
    for (const status of SANDBOX_VERIFICATION_STATUSES) {
      s.world.setBusinessVerification(BUSINESS_ID, status);
      // Each status as a fresh first read: the sweep's refresh is covered below.
      s.database.sqlite.prepare('delete from app_observations').run();
      const app = await readiness(s);
      expect(app.business).toMatchObject({ id: BUSINESS_ID, name: s.business.name });
      seen.push([status, app.business!.verificationStatus, codes(app)]);
    }
    expect(seen).toEqual([
      ['expired', 'EXPIRED', ['BUSINESS_NOT_VERIFIED']],
      ['failed', 'FAILED', ['BUSINESS_NOT_VERIFIED']],
      ['ineligible', 'INELIGIBLE', ['BUSINESS_NOT_VERIFIED']],
      ['not_verified', 'NOT_VERIFIED', ['BUSINESS_NOT_VERIFIED']],
      ['pending', 'PENDING', ['BUSINESS_NOT_VERIFIED']],
      ['pending_need_more_info', 'PENDING_NEED_MORE_INFO', ['BUSINESS_NOT_VERIFIED']],
      ['pending_submission', 'PENDING_SUBMISSION', ['BUSINESS_NOT_VERIFIED']],
      ['rejected', 'REJECTED', ['BUSINESS_NOT_VERIFIED']],
      ['revoked', 'REVOKED', ['BUSINESS_NOT_VERIFIED']],
      ['verified', 'VERIFIED', []],
    ]);
    s.world.setBusinessVerification(BUSINESS_ID, 'rejected');
    s.database.sqlite.prepare('delete from app_observations').run();
    const [warning] = (await readiness(s)).warnings;
    expect(warning).toEqual({
      code: 'BUSINESS_NOT_VERIFIED',
      message: expect.stringContaining('is REJECTED, not VERIFIED'),
      remediation: {
        text: expect.stringContaining('Business Verification'),
        url: `https://business.facebook.com/settings/security?business_id=${BUSINESS_ID}`,
      },
    });
  });

  it('says when FACEBOOK_BUSINESS_ID cannot be read', async () => {
    const s = await setupAccessLevelTest({ env: { FACEBOOK_BUSINESS_ID: '999' } });
    const app = await readiness(s);
    expect(app.business).toBeNull();
    expect(codes(app)).toEqual(['BUSINESS_UNREAD']);
  });

  it.each([
    ['v25.0', '2026-03-01T12:00:00.000Z', '2028-07-29T00:00:00.000Z', 880, []],
    ['v24.0', '2026-03-01T12:00:00.000Z', '2026-10-06T00:00:00.000Z', 218, []],
    ['v24.0', '2026-07-08T12:00:00.000Z', '2026-10-06T00:00:00.000Z', 89, ['GRAPH_API_VERSION_ENDING']],
    ['v24.0', '2026-10-07T00:00:00.000Z', '2026-10-06T00:00:00.000Z', -1, ['GRAPH_API_VERSION_ENDED']],
    ['v26.0', '2026-11-29T12:00:00.000Z', null, null, []],
  ] as const)('gives the lifecycle of %s on %s', async (version, now, availableUntil, daysLeft, warnings) => {
    const s = await setupAccessLevelTest({ env: { GRAPH_API_VERSION: version }, now });
    const app = await readiness(s);
    expect(app.graphApi).toEqual({ version, availableUntil, daysLeft });
    expect(codes(app)).toEqual(warnings);
    if (warnings.length) {
      expect(app.warnings[0]!.remediation).toEqual({
        text: expect.stringContaining('GRAPH_API_VERSION'),
        url: 'https://developers.facebook.com/docs/graph-api/changelog/versions',
      });
    }
  });

  it('is read again by each finished sweep', async () => {
    const t = await setupSweepTest({ env: { FACEBOOK_BUSINESS_ID: BUSINESS_ID } });
    t.world.setBusinessVerification(BUSINESS_ID, 'pending');
    expect(codes(await readiness(t))).toEqual(['BUSINESS_NOT_VERIFIED']);
    t.world.setBusinessVerification(BUSINESS_ID, 'verified');
    t.world.setAppPermission('ads_management', 'unapproved');
    // Stored answers until a sweep reads them again.
    expect(codes(await readiness(t))).toEqual(['BUSINESS_NOT_VERIFIED']);

    t.seed({ count: 2 });
    t.world.resetCalls();
    expect(await t.sweeper().run()).toMatchObject({ status: 'FINISHED' });
    expect(t.world.counters().byEndpoint).toMatchObject({ 'GET {id}/permissions': 1, 'GET {id}': 1 });
    const app = await readiness(t);
    expect(app.business!.verificationStatus).toBe('VERIFIED');
    expect(codes(app)).toEqual(['ADS_MANAGEMENT_NOT_LIVE']);
  });
});
