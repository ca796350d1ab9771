// ExportReadiness and Query.exportReadiness: "can this authorization push a Custom Audience to this
// ad account now?", answered from the database.
import { ValidationError, NotFound } from '../../domain/authorization-errors.ts';
import type { ExportBlocker, ExportBlockerCode } from '../../domain/export-blocker.ts';
import type { ExportReadiness } from '../../domain/export-readiness.ts';
import { builder } from '../builder.ts';
import { AuthorizationRef } from './authorization.ts';
import { RemediationRef } from './remediation.ts';
import { JobTypeEnum } from './token-status.ts';

const BLOCKER_CODES: readonly ExportBlockerCode[] = [
  'TOKEN_NOT_HEALTHY',
  'MISSING_PERMISSIONS',
  'ACCOUNT_NOT_ACTIVE',
  'CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED',
  'WEB_CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED',
  'NO_PIXEL',
  'PIXEL_INACTIVE',
  'MISSING_ACCOUNT_TASKS',
  'ASSET_NOT_DELEGATED',
  'ACCOUNT_LIST_FULL',
];

const ExportBlockerCodeEnum = builder.enumType('ExportBlockerCode', { values: BLOCKER_CODES });

const ExportBlockerRef = builder.objectRef<ExportBlocker>('ExportBlocker').implement({
  fields: (t) => ({
    code: t.field({ type: ExportBlockerCodeEnum, resolve: (blocker) => blocker.code }),
    message: t.exposeString('message'),
    remediation: t.field({ type: RemediationRef, resolve: (blocker) => blocker.remediation }),
  }),
});

export const ExportReadinessRef = builder.objectRef<ExportReadiness>('ExportReadiness').implement({
  description: 'Whether an export job can push a Custom Audience to an ad account now, and what stands in the way.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'blockers' in value && 'ready' in value,
  fields: (t) => ({
    ready: t.exposeBoolean('ready'),
    blockers: t.field({ type: [ExportBlockerRef], resolve: (readiness) => readiness.blockers }),
  }),
});

builder.queryField('exportReadiness', (t) =>
  t.field({
    type: ExportReadinessRef,
    description: 'Readiness of one ad account reached by an authorization, from the last sync (no Facebook call).',
    errors: { types: [ValidationError, NotFound], directResult: true, union: { name: 'ExportReadinessResult' } },
    args: {
      authorizationId: t.arg.globalID({ required: true, for: AuthorizationRef }),
      adAccountId: t.arg.string({ required: true, description: 'The ad-account id, with or without act_ (act_1234 or 1234).' }),
      jobType: t.arg({ type: JobTypeEnum, required: true }),
    },
    resolve: (_root, args, context) =>
      context.services.adAccounts.exportReadiness(context.viewer.workspaceId, {
        authorizationId: args.authorizationId.id,
        adAccountId: args.adAccountId,
        jobType: args.jobType,
      }),
  }),
);
