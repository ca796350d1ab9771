// The parts of FacebookApp that say whether the app itself is ready: App Review, business verification,
// the Graph API version's lifecycle, and the warnings a setup panel shows.
import { APP_PERMISSION_STATUSES, VERIFICATION_STATUSES, type AppWarning } from '../../domain/app-readiness.ts';
import type { AppReadiness } from '../../services/access-levels/app-readiness.ts';
import { builder } from '../builder.ts';
import { RemediationRef } from './remediation.ts';

const AppPermissionStatusEnum = builder.enumType('AppPermissionStatus', {
  description: "A permission's App Review status: Graph's live or unapproved; UNKNOWN for a value adsauth does not know.",
  values: APP_PERMISSION_STATUSES,
});

export const AppPermissionRef = builder.objectRef<AppReadiness['permissions'][number]>('AppPermission').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    status: t.field({ type: AppPermissionStatusEnum, resolve: (permission) => permission.status }),
  }),
});

const VerificationStatusEnum = builder.enumType('BusinessVerificationStatus', {
  description: "Graph's verification_status, upper-cased; UNKNOWN for a value adsauth does not know.",
  values: VERIFICATION_STATUSES,
});

export const AppBusinessRef = builder.objectRef<NonNullable<AppReadiness['business']>>('AppBusiness').implement({
  description: 'The business that owns the app (FACEBOOK_BUSINESS_ID).',
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name'),
    verificationStatus: t.field({ type: VerificationStatusEnum, resolve: (business) => business.verificationStatus }),
  }),
});

export const GraphApiVersionRef = builder.objectRef<AppReadiness['graphApi']>('GraphApiVersion').implement({
  description: "The Graph API version adsauth calls, and how long Meta keeps it (a table in adsauth's code, from Meta's changelog).",
  fields: (t) => ({
    version: t.exposeString('version'),
    availableUntil: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        "The start (00:00 UTC) of the last day the version can be called: the Marketing API's end date when Meta has announced one, else the Graph API's; null when neither is announced.",
      resolve: (version) => version.availableUntil ?? null,
    }),
    daysLeft: t.int({
      nullable: true,
      description: 'Whole days until availableUntil; negative once it has passed.',
      resolve: (version) => version.daysLeft ?? null,
    }),
  }),
});

const AppWarningCodeEnum = builder.enumType('AppWarningCode', {
  values: {
    ACCESS_LEVEL_MISMATCH: { description: 'ADSAUTH_ACCESS_LEVEL disagrees with the tier Graph reports.' },
    ACCESS_TIER_UNKNOWN: { description: 'Graph reported an ads_api_access_tier adsauth does not know.' },
    ADS_MANAGEMENT_NOT_LIVE: { description: 'ads_management has no Advanced Access: only people with a role on the app can grant it.' },
    APP_PERMISSIONS_UNREAD: { description: "The app's permissions could not be read from Facebook yet." },
    BUSINESS_NOT_VERIFIED: { description: "The app's business is not verified." },
    BUSINESS_UNREAD: { description: 'FACEBOOK_BUSINESS_ID could not be read from Facebook yet.' },
    GRAPH_API_VERSION_ENDING: { description: 'The Graph API version ends within 90 days.' },
    GRAPH_API_VERSION_ENDED: { description: 'The Graph API version has ended.' },
  } as const,
});

export const AppWarningRef = builder.objectRef<AppWarning>('AppWarning').implement({
  description: 'Something about the Facebook app that needs a person, with what to do.',
  fields: (t) => ({
    code: t.field({ type: AppWarningCodeEnum, resolve: (warning) => warning.code }),
    message: t.exposeString('message'),
    remediation: t.field({ type: RemediationRef, resolve: (warning) => warning.remediation }),
  }),
});
