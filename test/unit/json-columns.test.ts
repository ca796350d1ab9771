// The JSON columns as they are read back: what was written comes back whole, and a value this
// version cannot read falls back instead of failing the read (see src/repositories/json-columns.ts).
import { describe, expect, it } from 'vitest';
import type { TokenProblem } from '../../src/domain/token-state.ts';
import {
  adAccountChange,
  eventData,
  notificationEventTypes,
  storedCheckError,
  stringList,
  tokenProblems,
} from '../../src/repositories/json-columns.ts';

const at = new Date('2026-11-22T12:00:00.000Z');
// What the database hands back: the value written, through JSON.stringify and JSON.parse.
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('tokenProblems', () => {
  it('reads back every kind of problem as written, with its dates as Dates', () => {
    const problems: TokenProblem[] = [
      { kind: 'EXPIRED', at },
      { kind: 'EXPIRED' },
      { kind: 'INVALIDATED', subcode: 460, reason: 'the user changed their password' },
      { kind: 'INVALIDATED', reason: 'Facebook reports the token as not valid' },
      { kind: 'REVOKED', subcode: 458, reason: 'the user removed the app' },
      { kind: 'DATA_ACCESS_EXPIRED', at },
      { kind: 'MISSING_PERMISSIONS', missing: ['ads_management'] },
      { kind: 'EXPIRING_SOON', what: 'data access', at },
    ];
    expect(tokenProblems.parse(stored(problems))).toEqual(problems);
  });

  it('leaves out the problems it cannot read and keeps the others', () => {
    const value = [
      { kind: 'FROM_A_NEWER_VERSION' },
      { kind: 'DATA_ACCESS_EXPIRED', at: 'yesterday' },
      { kind: 'MISSING_PERMISSIONS', missing: ['ads_read'] },
    ];
    expect(tokenProblems.parse(value)).toEqual([{ kind: 'MISSING_PERMISSIONS', missing: ['ads_read'] }]);
  });

  it('reads a value that is not a list as no problems', () => {
    expect(tokenProblems.parse({ kind: 'EXPIRED' })).toEqual([]);
    expect(tokenProblems.parse(null)).toEqual([]);
  });
});

describe('storedCheckError', () => {
  const error = {
    errorClass: 'TRANSIENT',
    code: 2,
    subcode: null,
    message: 'Service temporarily unavailable',
    fbtraceId: 'Axyz',
    at: at.toISOString(),
  };

  it('reads back a stored error as written, and null as null', () => {
    expect(storedCheckError.parse(stored(error))).toEqual(error);
    expect(storedCheckError.parse(null)).toBeNull();
  });

  it('reads an optional part it cannot read as null, and an error without its class, message or time as no error', () => {
    expect(storedCheckError.parse({ ...error, code: 'two', fbtraceId: undefined })).toEqual({ ...error, code: null, fbtraceId: null });
    expect(storedCheckError.parse({ ...error, at: 'not a time' })).toBeNull();
    expect(storedCheckError.parse({ ...error, message: undefined })).toBeNull();
    expect(storedCheckError.parse('TRANSIENT')).toBeNull();
  });
});

describe('the other JSON columns', () => {
  it('keep the strings and the notification event types they can read', () => {
    expect(stringList.parse(['ads_management', 7, 'ads_read'])).toEqual(['ads_management', 'ads_read']);
    expect(stringList.parse('ads_management')).toEqual([]);
    expect(notificationEventTypes.parse(['authorization.expiring', 'authorization.check_failed', 'something.new'])).toEqual([
      'authorization.expiring',
    ]);
  });

  it('read event data that is not an object as empty', () => {
    expect(eventData.parse({ label: 'Acme' })).toEqual({ label: 'Acme' });
    expect(eventData.parse([1, 2])).toEqual({});
  });

  it('read an ad-account change with the details of its kind, and refuse one whose details do not match', () => {
    const change = {
      change: 'TOS_CHANGED',
      details: { customAudienceTosAccepted: { from: false, to: true }, webCustomAudienceTosAccepted: { from: true, to: true } },
    };
    expect(adAccountChange.parse(stored(change))).toEqual(change);
    expect(adAccountChange.safeParse({ change: 'GAINED', details: { from: 'ACTIVE' } }).success).toBe(false);
    expect(adAccountChange.safeParse({ change: 'MERGED', details: {} }).success).toBe(false);
  });
});
