import { describe, expect, it } from 'vitest';
import { classifyGraphError } from '../../src/graph/classify-error.ts';
import type { GraphErrorEnvelope } from '../../src/graph/error-envelope.ts';
import { parseErrorEnvelope } from '../../src/graph/error-envelope.ts';
import { GraphThrottleError, GraphUnexpectedResponseError } from '../../src/graph/errors.ts';
import type { UsageReport } from '../../src/graph/graph-api.ts';

const envelope = (code: number | undefined, subcode?: number, extra: Partial<GraphErrorEnvelope> = {}): GraphErrorEnvelope => ({
  message: `(#${code}) test`,
  type: 'OAuthException',
  code,
  error_subcode: subcode,
  is_transient: undefined,
  error_user_title: undefined,
  error_user_msg: undefined,
  fbtrace_id: 'trace',
  ...extra,
});

const classOf = (code: number | undefined, subcode?: number, extra?: Partial<GraphErrorEnvelope>, httpStatus = 400) =>
  classifyGraphError({ httpStatus, envelope: envelope(code, subcode, extra), usage: undefined }).errorClass;

describe('classifyGraphError follows docs/graph-api.md "Error classes" row by row', () => {
  it.each([
    [190, undefined, 'REAUTH'],
    [190, 458, 'REAUTH'],
    [190, 459, 'REAUTH'],
    [190, 460, 'REAUTH'],
    [190, 463, 'REAUTH'],
    [190, 464, 'REAUTH'],
    [190, 466, 'REAUTH'],
    [190, 467, 'REAUTH'],
    [190, 492, 'REAUTH'],
    [102, undefined, 'REAUTH'],
    [10, undefined, 'PERMISSION'],
    [200, undefined, 'PERMISSION'],
    [294, undefined, 'PERMISSION'],
    [299, undefined, 'PERMISSION'],
    [3, undefined, 'PERMISSION'],
    [100, 33, 'CLIENT'],
    [100, 36009, 'CLIENT'],
    [100, 1885183, 'CLIENT'],
    [2635, undefined, 'CLIENT'],
    [368, undefined, 'CLIENT'],
    [12345, undefined, 'CLIENT'],
    [1, undefined, 'TRANSIENT'],
    [1, 99, 'TRANSIENT'],
    [2, undefined, 'TRANSIENT'],
    [960, undefined, 'TRANSIENT'],
    [4, 1504022, 'THROTTLE'],
    [17, undefined, 'THROTTLE'],
    [17, 2446079, 'THROTTLE'],
    [32, undefined, 'THROTTLE'],
    [341, undefined, 'THROTTLE'],
    [613, 1487742, 'THROTTLE'],
    [613, 5044001, 'THROTTLE'],
    [80000, 2446079, 'THROTTLE'],
    [80001, undefined, 'THROTTLE'],
    [80004, 2446079, 'THROTTLE'],
    [80008, undefined, 'THROTTLE'],
    [80014, undefined, 'THROTTLE'],
    [200, 4841013, 'THROTTLE'],
    [613, 4841018, 'THROTTLE'],
    [300, undefined, 'CLIENT'],
    [80015, undefined, 'CLIENT'],
  ] as const)('code %s / subcode %s → %s', (code, subcode, expected) => {
    expect(classOf(code, subcode)).toBe(expected);
  });

  it('honours is_transient on otherwise final errors', () => {
    expect(classOf(100, undefined, { is_transient: true })).toBe('TRANSIENT');
    expect(classOf(200, undefined, { is_transient: true })).toBe('TRANSIENT');
    expect(classOf(100, undefined, { is_transient: false })).toBe('CLIENT');
  });

  it('keeps throttling and dead tokens final even when marked is_transient', () => {
    expect(classOf(17, 2446079, { is_transient: true })).toBe('THROTTLE');
    expect(classOf(190, 463, { is_transient: true })).toBe('REAUTH');
  });

  it('treats 5xx without an envelope as TRANSIENT and other bodies without one as unexpected', () => {
    expect(classifyGraphError({ httpStatus: 503, envelope: undefined, usage: undefined }).errorClass).toBe('TRANSIENT');
    const odd = classifyGraphError({ httpStatus: 404, envelope: undefined, usage: undefined, endpoint: 'GET me' });
    expect(odd).toBeInstanceOf(GraphUnexpectedResponseError);
    expect(odd.message).toContain('GET me');
  });

  it('carries every envelope field onto the error', () => {
    const error = classifyGraphError({
      httpStatus: 400,
      envelope: envelope(190, 460, { error_user_title: 'Title', error_user_msg: 'Msg', message: 'Session invalidated' }),
      usage: undefined,
    });
    expect(error).toMatchObject({
      name: 'GraphReauthError',
      message: 'Session invalidated',
      code: 190,
      subcode: 460,
      type: 'OAuthException',
      fbtraceId: 'trace',
      httpStatus: 400,
      userTitle: 'Title',
      userMessage: 'Msg',
    });
  });
});

describe('throttle details from the usage headers', () => {
  const usage = (partial: Partial<UsageReport>): UsageReport => ({
    appUsage: undefined,
    adAccountUsage: undefined,
    businessUseCase: {},
    adsApiAccessTier: undefined,
    ...partial,
  });
  const bucEntry = (type: string, minutes: number) => ({
    type,
    callCount: 100,
    totalCputime: 10,
    totalTime: 10,
    estimatedTimeToRegainAccess: minutes,
    adsApiAccessTier: 'development_access',
  });
  const throttle = (code: number, subcode: number | undefined, report: UsageReport | undefined) =>
    classifyGraphError({ httpStatus: 400, envelope: envelope(code, subcode), usage: report }) as GraphThrottleError;

  it('reads the object and the wait (minutes) of the matching BUC use case', () => {
    const error = throttle(
      80004,
      2446079,
      usage({ businessUseCase: { '111': [bucEntry('ads_insights', 30)], '222': [bucEntry('ads_management', 7)] } }),
    );
    expect(error).toBeInstanceOf(GraphThrottleError);
    expect(error).toMatchObject({ scope: 'ad_account', objectId: '222', retryAfterMs: 7 * 60_000 });
  });

  it('falls back to X-Ad-Account-Usage reset_time_duration in seconds', () => {
    const error = throttle(
      17,
      2446079,
      usage({ adAccountUsage: { accIdUtilPct: 100, resetTimeDuration: 90, adsApiAccessTier: undefined } }),
    );
    expect(error).toMatchObject({ scope: 'ad_account', objectId: undefined, retryAfterMs: 90_000 });
  });

  it('names the scope by code and leaves the wait unknown without headers', () => {
    expect(throttle(4, undefined, undefined)).toMatchObject({ scope: 'app', retryAfterMs: undefined, objectId: undefined });
    expect(throttle(17, undefined, undefined).scope).toBe('user');
    expect(throttle(32, undefined, undefined).scope).toBe('page');
    expect(throttle(80001, undefined, undefined).scope).toBe('page');
    expect(throttle(613, 1487742, undefined).scope).toBe('ad_account');
    expect(throttle(80008, undefined, undefined).scope).toBe('business');
    expect(throttle(200, 4841013, undefined).scope).toBe('app');
  });
});

describe('parseErrorEnvelope', () => {
  it('reads the docs/graph-api.md "Error envelope" envelope and tolerates odd field types', () => {
    const parsed = parseErrorEnvelope({
      error: { message: 'x', type: 'OAuthException', code: '80004', error_subcode: 2446079, is_transient: 'no', fbtrace_id: 7 },
    });
    expect(parsed).toMatchObject({ message: 'x', code: 80004, error_subcode: 2446079, is_transient: undefined, fbtrace_id: undefined });
  });

  it('finds nothing in bodies without an error object', () => {
    expect(parseErrorEnvelope({ data: [] })).toBeUndefined();
    expect(parseErrorEnvelope([{ code: 200 }])).toBeUndefined();
    expect(parseErrorEnvelope('oops')).toBeUndefined();
  });
});
