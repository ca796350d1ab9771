import { describe, expect, it } from 'vitest';
import { describeProblems, type RemediationLinks } from '../../src/domain/health-issues.ts';
import { missingScopes, REQUIRED_FOR_ALL_JOBS, supportedJobTypes } from '../../src/domain/job-types.ts';
import { assessToken, healthOf, TOKEN_STATES, type TokenState } from '../../src/domain/token-state.ts';

const allScopes = [...REQUIRED_FOR_ALL_JOBS, 'business_management'];
const now = new Date('2026-11-22T12:00:00Z');

describe('supportedJobTypes and health follow one rule', () => {
  // MISSING_PERMISSIONS with every scope cannot come out of assessToken; its own case is below.
  const states = TOKEN_STATES.filter((state) => state !== 'MISSING_PERMISSIONS');

  it.each(states)('%s: jobs listed exactly when the token is HEALTHY', (state) => {
    const jobs = supportedJobTypes({ state, scopes: allScopes });
    expect(jobs.length > 0).toBe(healthOf(state) === 'HEALTHY');
  });

  it.each<TokenState>(['EXPIRED', 'DATA_ACCESS_EXPIRED', 'INVALIDATED', 'REVOKED', 'UNCHECKED'])(
    '%s lists no job type even with every scope stored',
    (state) => {
      expect(supportedJobTypes({ state, scopes: allScopes })).toEqual([]);
    },
  );

  it('a working token that lacks ads_management supports no job, and says so', () => {
    const token = { state: 'MISSING_PERMISSIONS' as const, scopes: ['ads_read'] };
    expect(supportedJobTypes(token)).toEqual([]);
    expect(missingScopes(token)).toEqual(['ads_management']);
  });

  it('a token not known to authenticate reports no missing scope (its stored scopes say nothing)', () => {
    for (const state of ['EXPIRED', 'INVALIDATED', 'REVOKED', 'UNCHECKED'] as const)
      expect(missingScopes({ state, scopes: [] })).toEqual([]);
    expect(missingScopes({ state: 'DATA_ACCESS_EXPIRED', scopes: [] })).toEqual(['ads_management']);
  });
});

describe('a dead token gets no scope issue', () => {
  const assess = (error: { code: number; subcode: number | undefined; message: string }, expiresAt: Date | null = null) =>
    assessToken({
      inspection: { isValid: false, type: 'USER', expiresAt, dataAccessExpiresAt: null, scopes: [], error },
      requiredScopes: REQUIRED_FOR_ALL_JOBS,
      now,
      warningDays: 7,
    });

  it.each([
    ['unparseable', { code: 190, subcode: undefined, message: 'Invalid OAuth access token - Cannot parse access token' }],
    ['invalidated (460)', { code: 190, subcode: 460, message: 'Error validating access token' }],
    ['revoked (466)', { code: 190, subcode: 466, message: 'Error validating access token' }],
    ['expired (463)', { code: 190, subcode: 463, message: 'Session has expired' }],
  ])('%s: one problem, no MISSING_PERMISSIONS', (_name, error) => {
    const result = assess(error, new Date(now.getTime() - 1000));
    expect(result.problems.map((p) => p.kind)).not.toContain('MISSING_PERMISSIONS');
    expect(result.problems).toHaveLength(1);
    expect(result.missingScopes).toEqual([]);
  });

  it('describeProblems drops a stored scope issue beside a dead token (rows checked by an older version)', () => {
    const links: RemediationLinks = { method: 'FACEBOOK_USER', reconnectUrl: undefined, businessId: undefined };
    const issues = describeProblems(
      [
        { kind: 'INVALIDATED', reason: 'Cannot parse access token' },
        { kind: 'MISSING_PERMISSIONS', missing: ['ads_management'] },
      ],
      links,
    );
    expect(issues.map((issue) => issue.code)).toEqual(['TOKEN_INVALIDATED']);
  });
});

describe('the 460 wording follows the kind of token', () => {
  const problem = {
    kind: 'INVALIDATED' as const,
    subcode: 460,
    reason: 'the user changed their password, or Facebook reset the session for security reasons',
  };
  const messageFor = (method: RemediationLinks['method']) =>
    describeProblems([problem], { method, reconnectUrl: undefined, businessId: undefined })[0]!.message;

  it('a person: their password', () => {
    expect(messageFor('FACEBOOK_USER')).toMatch(/changed their password/);
  });

  it.each(['SYSTEM_USER', 'BUSINESS_INTEGRATION'] as const)('%s: revoked or regenerated in Business Settings, no password', (method) => {
    const message = messageFor(method);
    expect(message).not.toMatch(/password/);
    expect(message).toMatch(/revoked or regenerated in Business Settings/);
  });
});
