import { JOB_TYPES } from '../../domain/job-types.ts';
import { describeProblems, type HealthIssue } from '../../domain/health-issues.ts';
import { isKnownToAuthenticate, TOKEN_STATES } from '../../domain/token-state.ts';
import type { AuthorizationRecord } from '../../services/records.ts';
import { missingScopes } from '../../domain/job-types.ts';
import type { StoredCheckError } from '../../domain/check-error.ts';
import { builder } from '../builder.ts';
import { CheckErrorClassEnum, checkErrorClassOf } from './check-error-class.ts';
import { HealthIssueCodeEnum } from './health-issue-code.ts';
import { RemediationRef } from './remediation.ts';
import { TokenTypeEnum } from './token-type.ts';
import type { Context } from '../../context.ts';

export const TokenStateEnum = builder.enumType('TokenState', {
  description: 'What Facebook last said about the token. A failed check never changes it; see lastCheckError.',
  values: TOKEN_STATES,
});

export const JobTypeEnum = builder.enumType('JobType', {
  description: 'The export jobs an authorization can serve. Both need ads_management.',
  values: JOB_TYPES,
});

const HealthIssueRef = builder.objectRef<HealthIssue>('HealthIssue').implement({
  fields: (t) => ({
    code: t.field({ type: HealthIssueCodeEnum, resolve: (issue) => issue.code }),
    message: t.exposeString('message'),
    remediation: t.field({ type: RemediationRef, resolve: (issue) => issue.remediation }),
  }),
});

export const GraphErrorInfoRef = builder.objectRef<StoredCheckError>('GraphErrorInfo').implement({
  description: 'A failed call to Facebook: transient (retried later) or not.',
  fields: (t) => ({
    errorClass: t.field({ type: CheckErrorClassEnum, resolve: (error) => checkErrorClassOf(error.errorClass) }),
    code: t.exposeInt('code', { nullable: true }),
    subcode: t.exposeInt('subcode', { nullable: true }),
    message: t.exposeString('message'),
    fbtraceId: t.exposeString('fbtraceId', { nullable: true }),
    occurredAt: t.field({ type: 'DateTime', resolve: (error) => new Date(error.at) }),
  }),
});

export const TokenStatusRef = builder.objectRef<AuthorizationRecord>('TokenStatus').implement({
  fields: (t) => ({
    state: t.field({ type: TokenStateEnum, resolve: (row) => row.state }),
    isValid: t.boolean({
      description: 'The token still authenticates with Facebook (it may still lack a permission).',
      resolve: (row) => isKnownToAuthenticate(row.state),
    }),
    tokenType: t.field({
      type: TokenTypeEnum,
      nullable: true,
      resolve: (row) => (row.tokenType === 'USER' || row.tokenType === 'SYSTEM_USER' || row.tokenType === 'PAGE' ? row.tokenType : null),
    }),
    expiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'null: the token never expires (or was never checked).',
      resolve: (row) => row.expiresAt,
    }),
    dataAccessExpiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (row) => row.dataAccessExpiresAt }),
    scopes: t.stringList({ description: 'Granted permissions.', resolve: (row) => row.scopes }),
    declinedScopes: t.stringList({ resolve: (row) => row.declinedScopes }),
    expiredScopes: t.stringList({
      description:
        'Permissions that expired after 90 days unused (/me/permissions status expired): the user must grant them again. Read when a check finds a needed permission missing.',
      resolve: (row) => row.expiredScopes,
    }),
    missingScopes: t.stringList({
      description: 'Permissions the supported jobs need that are not granted.',
      resolve: (row) => missingScopes(row),
    }),
    checkedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'When Facebook last answered about the token: the time of the answer this status shows. null when never checked. ' +
        'tokenStatus(maxAgeSeconds) may answer with an older check than asked for (see maxAgeSeconds); this says how old.',
      resolve: (row) => row.checkedAt,
    }),
    lastCheckError: t.field({
      type: GraphErrorInfoRef,
      nullable: true,
      resolve: (row) => row.lastCheckError,
    }),
    issues: t.field({ type: [HealthIssueRef], resolve: (row, _args, context) => healthIssues(row, context) }),
  }),
});

function healthIssues(row: AuthorizationRecord, context: Context): HealthIssue[] {
  return describeProblems(
    row.problems,
    {
      method: row.method,
      businessId: row.businessId ?? undefined,
      reconnectUrl: row.method === 'FACEBOOK_USER' ? context.services.reconnectLinks.linkFor(row.id) : undefined,
    },
    row.expiredScopes,
  );
}
