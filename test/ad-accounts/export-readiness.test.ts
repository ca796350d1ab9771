import { describe, expect, it } from 'vitest';
import type { ExportBlockerCode } from '../../src/domain/export-blocker.ts';
import { exportReadiness, type ReadinessInput } from '../../src/domain/export-readiness.ts';
import { JOB_TYPES, type JobType } from '../../src/domain/job-types.ts';

const TOS_URL = 'https://business.facebook.com/ads/manage/customaudiences/tos/?act=400000000000001';
const WEB_TOS_URL = 'https://www.facebook.com/customaudiences/app/tos/?act=400000000000001';
const EVENTS_MANAGER_URL = 'https://business.facebook.com/events_manager2/list/pixel?act=400000000000001';
const NOW = new Date('2026-03-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

/** A ready authorization and account; each test breaks one thing (or several). */
function input(
  jobType: JobType,
  patch: {
    token?: Partial<ReadinessInput['token']>;
    account?: Partial<ReadinessInput['account']>;
    accountList?: Partial<ReadinessInput['accountList']>;
  } = {},
): ReadinessInput {
  return {
    jobType,
    token: {
      state: 'VALID',
      scopes: ['ads_management'],
      method: 'FACEBOOK_USER',
      businessId: undefined,
      reconnectUrl: 'https://adsauth.test/reconnect?x',
      delegatedAssetIds: null,
      ...patch.token,
    },
    account: {
      accountId: '400000000000001',
      status: 'ACTIVE',
      disableReason: null,
      businessId: '200000000000001',
      customAudienceTosAccepted: true,
      webCustomAudienceTosAccepted: true,
      tasks: ['MANAGE', 'ADVERTISE', 'ANALYZE'],
      pixels: [{ lastFiredTime: daysAgo(1) }],
      ...patch.account,
    },
    accountList: { limit: 25, full: false, holdsAccount: false, ...patch.accountList },
    pixelActivity: { now: NOW, staleDays: 30 },
  };
}

const codes = (i: ReadinessInput) => exportReadiness(i).blockers.map((b) => b.code);

describe.each(JOB_TYPES)('export readiness for %s', (jobType) => {
  it('is ready when nothing blocks', () => {
    expect(exportReadiness(input(jobType))).toEqual({ ready: true, blockers: [] });
    expect(exportReadiness(input(jobType, { token: { state: 'EXPIRING_SOON' } })).ready).toBe(true);
  });

  it.each(['EXPIRED', 'INVALIDATED', 'REVOKED', 'DATA_ACCESS_EXPIRED'] as const)(
    'is blocked by a %s token, with a reconnect link',
    (state) => {
      const result = exportReadiness(input(jobType, { token: { state } }));
      expect(result.ready).toBe(false);
      expect(result.blockers).toEqual([
        {
          code: 'TOKEN_NOT_HEALTHY',
          message: expect.stringContaining(state),
          remediation: { text: expect.stringMatching(/Reconnect/), url: 'https://adsauth.test/reconnect?x' },
        },
      ]);
    },
  );

  it('points a system user to Business Settings for a new token', () => {
    const [blocker] = exportReadiness(input(jobType, { token: { state: 'EXPIRED', method: 'SYSTEM_USER', businessId: '2001' } })).blockers;
    expect(blocker!.remediation).toEqual({
      text: expect.stringMatching(/replace this authorization's token/),
      url: 'https://business.facebook.com/settings/system-users?business_id=2001',
    });
  });

  it('asks for a check of an unchecked token', () => {
    expect(exportReadiness(input(jobType, { token: { state: 'UNCHECKED', scopes: [] } })).blockers).toEqual([
      {
        code: 'TOKEN_NOT_HEALTHY',
        message: expect.stringMatching(/not been checked/),
        remediation: { text: expect.stringMatching(/Check the token now/), url: undefined },
      },
    ]);
  });

  it('is blocked when ads_management is missing (and the token is not otherwise unhealthy)', () => {
    const result = exportReadiness(input(jobType, { token: { state: 'MISSING_PERMISSIONS', scopes: ['ads_read'] } }));
    expect(result.blockers).toEqual([
      {
        code: 'MISSING_PERMISSIONS',
        message: expect.stringContaining('ads_management'),
        remediation: { text: expect.stringContaining('grant ads_management'), url: 'https://adsauth.test/reconnect?x' },
      },
    ]);
  });

  it('does not judge the scopes of a token that does not authenticate', () => {
    expect(codes(input(jobType, { token: { state: 'INVALIDATED', scopes: [] } }))).toEqual(['TOKEN_NOT_HEALTHY']);
  });

  it.each(['ACTIVE', 'IN_GRACE_PERIOD', 'PENDING_SETTLEMENT'] as const)('accepts a %s account', (status) => {
    expect(exportReadiness(input(jobType, { account: { status } })).ready).toBe(true);
  });

  it.each([
    ['DISABLED', /Account Quality/, 'https://www.facebook.com/accountquality/400000000000001'],
    ['UNSETTLED', /balance/, 'https://business.facebook.com/billing_hub/payment_settings/?asset_id=400000000000001'],
    ['PENDING_RISK_REVIEW', /review/, 'https://www.facebook.com/accountquality/400000000000001'],
    ['PENDING_CLOSURE', /another ad account/, 'https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=400000000000001'],
    ['CLOSED', /another ad account/, undefined],
    ['UNKNOWN', /refresh it in adsauth/, 'https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=400000000000001'],
  ] as const)('is blocked by a %s account', (status, text, url) => {
    const result = exportReadiness(input(jobType, { account: { status, disableReason: status === 'DISABLED' ? 'RISK_PAYMENT' : null } }));
    expect(result.blockers).toEqual([
      { code: 'ACCOUNT_NOT_ACTIVE', message: expect.stringContaining(status), remediation: { text: expect.stringMatching(text), url } },
    ]);
    if (status === 'DISABLED') expect(result.blockers[0]!.message).toContain('reason: RISK_PAYMENT');
  });

  it('is blocked when the Custom Audience terms are not accepted, with the acceptance URL', () => {
    expect(exportReadiness(input(jobType, { account: { customAudienceTosAccepted: false } })).blockers).toEqual([
      {
        code: 'CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED',
        message: expect.any(String),
        remediation: { text: expect.stringMatching(/accept/), url: TOS_URL },
      },
    ]);
  });

  it('needs the web terms only for web traffic', () => {
    const result = exportReadiness(input(jobType, { account: { webCustomAudienceTosAccepted: false } }));
    if (jobType === 'EXPORT_AUDIENCES') {
      expect(result).toEqual({ ready: true, blockers: [] });
    } else {
      expect(result.blockers).toEqual([
        {
          code: 'WEB_CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED',
          message: expect.stringMatching(/website/),
          remediation: { text: expect.any(String), url: WEB_TOS_URL },
        },
      ]);
    }
  });

  it('needs a connected pixel only for web traffic, with a link to Events Manager', () => {
    const result = exportReadiness(input(jobType, { account: { pixels: [] } }));
    if (jobType === 'EXPORT_AUDIENCES') {
      expect(result).toEqual({ ready: true, blockers: [] });
    } else {
      expect(result.blockers).toEqual([
        {
          code: 'NO_PIXEL',
          message: expect.stringMatching(/No pixel/),
          remediation: { text: expect.any(String), url: EVENTS_MANAGER_URL },
        },
      ]);
    }
  });

  it.each([
    ['fired 31 days ago', [{ lastFiredTime: daysAgo(31) }]],
    ['never fired', [{ lastFiredTime: null }]],
    ['two, neither lately', [{ lastFiredTime: null }, { lastFiredTime: daysAgo(45) }]],
  ])('needs an active pixel only for web traffic: %s is inactive', (_name, pixels) => {
    const result = exportReadiness(input(jobType, { account: { pixels } }));
    if (jobType === 'EXPORT_AUDIENCES') {
      expect(result.ready).toBe(true);
    } else {
      expect(result.blockers).toEqual([
        {
          code: 'PIXEL_INACTIVE',
          message: expect.stringContaining('in the last 30 days'),
          remediation: { text: expect.any(String), url: EVENTS_MANAGER_URL },
        },
      ]);
    }
  });

  it('counts a pixel as active when one of them fired within the stale days, the boundary included', () => {
    expect(exportReadiness(input(jobType, { account: { pixels: [{ lastFiredTime: null }, { lastFiredTime: daysAgo(30) }] } })).ready).toBe(
      true,
    );
    const strict = {
      ...input(jobType, { account: { pixels: [{ lastFiredTime: daysAgo(8) }] } }),
      pixelActivity: { now: NOW, staleDays: 7 },
    };
    expect(codes(strict)).toEqual(jobType === 'EXPORT_AUDIENCES' ? [] : ['PIXEL_INACTIVE']);
  });

  it.each([[['ANALYZE']], [[]], [['DRAFT', 'AA_ANALYZE']]])('is blocked when the identity has only %j', (tasks) => {
    const [blocker, ...rest] = exportReadiness(input(jobType, { account: { tasks } })).blockers;
    expect(rest).toEqual([]);
    expect(blocker).toMatchObject({
      code: 'MISSING_ACCOUNT_TASKS',
      remediation: { url: 'https://business.facebook.com/settings/ad-accounts/400000000000001?business_id=200000000000001' },
    });
    expect(blocker!.message).toMatch(/MANAGE or ADVERTISE/);
  });

  it.each([[['MANAGE']], [['ADVERTISE']]])('accepts %j alone', (tasks) => {
    expect(exportReadiness(input(jobType, { account: { tasks } })).ready).toBe(true);
  });

  it('is blocked when the account list is full and does not hold the account', () => {
    expect(exportReadiness(input(jobType, { accountList: { limit: 5, full: true, holdsAccount: false } })).blockers).toEqual([
      {
        code: 'ACCOUNT_LIST_FULL',
        message: expect.stringContaining('(5 ad accounts'),
        remediation: { text: expect.stringMatching(/off the account list/), url: undefined },
      },
    ]);
    expect(exportReadiness(input(jobType, { accountList: { limit: 5, full: true, holdsAccount: true } })).ready).toBe(true);
    expect(exportReadiness(input(jobType, { accountList: { limit: null, full: false, holdsAccount: false } })).ready).toBe(true);
  });

  it('lists every blocker at once, in a stable order', () => {
    const all = input(jobType, {
      token: { state: 'DATA_ACCESS_EXPIRED', scopes: ['ads_read'] },
      account: {
        status: 'DISABLED',
        customAudienceTosAccepted: false,
        webCustomAudienceTosAccepted: false,
        tasks: ['ANALYZE'],
        pixels: [],
      },
      accountList: { limit: 25, full: true, holdsAccount: false },
    });
    const expected: ExportBlockerCode[] = [
      'TOKEN_NOT_HEALTHY',
      'MISSING_PERMISSIONS',
      'ACCOUNT_NOT_ACTIVE',
      'CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED',
      ...(jobType === 'EXPORT_AUDIENCES_WEB_TRAFFIC' ? (['WEB_CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED', 'NO_PIXEL'] as const) : []),
      'MISSING_ACCOUNT_TASKS',
      'ACCOUNT_LIST_FULL',
    ];
    expect(codes(all)).toEqual(expected);
    expect(exportReadiness(all).ready).toBe(false);
  });

  it('blocks a Login for Business token on an account the client did not share, with the way to share it', () => {
    const business = (delegatedAssetIds: string[] | null) =>
      input(jobType, { token: { method: 'BUSINESS_INTEGRATION', reconnectUrl: undefined, delegatedAssetIds } });
    const result = exportReadiness(business(['200000000000001', '400000000000002']));
    expect(result.ready).toBe(false);
    expect(result.blockers).toEqual([
      {
        code: 'ASSET_NOT_DELEGATED',
        message: expect.stringContaining('did not share ad account 400000000000001'),
        remediation: {
          text: expect.stringMatching(
            /^Connect the business again with Login for Business \(pick ad account 400000000000001 in the dialog\)/,
          ),
          url: 'https://business.facebook.com/settings/connected-apps',
        },
      },
    ]);
    // Shared (with or without act_), or no target ids at all: nothing to say.
    expect(codes(business(['400000000000001']))).toEqual([]);
    expect(codes(business(['act_400000000000001']))).toEqual([]);
    expect(codes(business([]))).toEqual([]);
    // Other methods never have delegated assets.
    expect(codes(input(jobType, { token: { delegatedAssetIds: ['400000000000002'] } }))).toEqual([]);
    // Combined with an account-side blocker, in the stable order.
    expect(codes(input(jobType, { token: { method: 'BUSINESS_INTEGRATION', delegatedAssetIds: ['1'] }, account: { tasks: [] } }))).toEqual([
      'MISSING_ACCOUNT_TASKS',
      'ASSET_NOT_DELEGATED',
    ]);
  });

  it('combines two account-side blockers without the others', () => {
    expect(codes(input(jobType, { account: { status: 'UNSETTLED', tasks: [] } }))).toEqual(['ACCOUNT_NOT_ACTIVE', 'MISSING_ACCOUNT_TASKS']);
  });
});
