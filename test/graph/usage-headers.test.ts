import { describe, expect, it } from 'vitest';
import { lookupBatchHeaders, lookupFetchHeaders, parseUsageHeaders } from '../../src/graph/usage-headers.ts';

const buc = {
  '1569761797025413': [
    {
      type: 'ads_management',
      call_count: 95,
      total_cputime: 20,
      total_time: 21,
      estimated_time_to_regain_access: 3,
      ads_api_access_tier: 'development_access',
    },
    { type: 'ads_insights', call_count: 1, total_cputime: 1, total_time: 1, estimated_time_to_regain_access: 0 },
  ],
};

describe('parseUsageHeaders (docs/graph-api.md "Usage headers")', () => {
  it('parses all three headers from a fetch response', () => {
    const headers = new Headers({
      'X-App-Usage': JSON.stringify({ call_count: 28, total_time: 25, total_cputime: 24 }),
      'X-Ad-Account-Usage': JSON.stringify({ acc_id_util_pct: 9.67, reset_time_duration: 100, ads_api_access_tier: 'standard_access' }),
      'X-Business-Use-Case-Usage': JSON.stringify(buc),
    });
    const report = parseUsageHeaders(lookupFetchHeaders(headers));
    expect(report).toEqual({
      appUsage: { callCount: 28, totalTime: 25, totalCputime: 24 },
      adAccountUsage: { accIdUtilPct: 9.67, resetTimeDuration: 100, adsApiAccessTier: 'standard_access' },
      businessUseCase: {
        '1569761797025413': [
          {
            type: 'ads_management',
            callCount: 95,
            totalCputime: 20,
            totalTime: 21,
            estimatedTimeToRegainAccess: 3,
            adsApiAccessTier: 'development_access',
          },
          {
            type: 'ads_insights',
            callCount: 1,
            totalCputime: 1,
            totalTime: 1,
            estimatedTimeToRegainAccess: 0,
            adsApiAccessTier: undefined,
          },
        ],
      },
      // BUC comes first: it is the header Meta documents for current Marketing API versions.
      adsApiAccessTier: 'development_access',
    });
  });

  it('reads batch item headers case-insensitively', () => {
    const report = parseUsageHeaders(lookupBatchHeaders([{ name: 'x-business-use-case-usage', value: JSON.stringify(buc) }]));
    expect(report?.businessUseCase['1569761797025413']?.[0]?.estimatedTimeToRegainAccess).toBe(3);
    expect(report?.appUsage).toBeUndefined();
  });

  it('takes the tier from the insights throttle header when it is the only one', () => {
    const report = parseUsageHeaders(
      lookupBatchHeaders([
        { name: 'X-FB-Ads-Insights-Throttle', value: '{"app_id_util_pct":100,"ads_api_access_tier":"standard_access"}' },
      ]),
    );
    expect(report?.adsApiAccessTier).toBe('standard_access');
  });

  it('returns undefined without usage headers', () => {
    expect(parseUsageHeaders(lookupFetchHeaders(new Headers({ 'content-type': 'application/json' })))).toBeUndefined();
  });

  it('tolerates garbage: bad JSON, wrong types and numeric strings', () => {
    const headers = new Headers({
      'X-App-Usage': '{not json',
      'X-Ad-Account-Usage': '[1,2,3]',
      'X-Business-Use-Case-Usage': JSON.stringify({
        '42': { type: 'ads_management', call_count: '50', total_time: 'lots', estimated_time_to_regain_access: null },
        '43': 'nonsense',
        '44': [7, null, { type: 5 }],
      }),
    });
    const report = parseUsageHeaders(lookupFetchHeaders(headers));
    expect(report?.appUsage).toBeUndefined();
    expect(report?.adAccountUsage).toBeUndefined();
    expect(report?.businessUseCase).toEqual({
      '42': [
        {
          type: 'ads_management',
          callCount: 50,
          totalCputime: 0,
          totalTime: 0,
          estimatedTimeToRegainAccess: 0,
          adsApiAccessTier: undefined,
        },
      ],
      '44': [{ type: 'unknown', callCount: 0, totalCputime: 0, totalTime: 0, estimatedTimeToRegainAccess: 0, adsApiAccessTier: undefined }],
    });
    expect(parseUsageHeaders(lookupBatchHeaders([{ name: 'X-App-Usage', value: 'null' }]))).toBeUndefined();
  });
});
