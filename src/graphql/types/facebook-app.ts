import { BusinessNotReachable } from '../../domain/system-user-usage-errors.ts';
import { GraphUnavailable, ValidationError } from '../../domain/authorization-errors.ts';
import { RateLimited } from '../../domain/graph-budget-errors.ts';
import type { FacebookAppSummary } from '../../services/access-levels/access-levels.ts';
import type { Context } from '../../context.ts';
import { builder } from '../builder.ts';
import { AccessLevelRef } from './access-level.ts';
import { AccountListUsageRef } from './account-list.ts';
import { AppBusinessRef, AppPermissionRef, AppWarningRef, GraphApiVersionRef } from './app-readiness.ts';
import { ApiUsageRef } from './api-usage.ts';
import { SystemUserUsageRef } from './system-user-usage.ts';

const AccessLevelSourceEnum = builder.enumType('AccessLevelSource', {
  description: 'Where the enforced access level comes from.',
  values: {
    CONFIGURED: { description: 'ADSAUTH_ACCESS_LEVEL is set.' },
    OBSERVED: { description: 'The ads_api_access_tier Graph last reported in a usage header.' },
    DEFAULT: { description: "Nothing configured or observed yet: DEVELOPMENT, Meta's default for new apps." },
  } as const,
});

// One answer per request, however many of its fields ask.
const readinessOfRequest = new WeakMap<Context, ReturnType<Context['services']['appReadiness']['readiness']>>();

/** Within the request's Graph budget: a spend that is refused leaves what was never read unread. */
function appReadiness(context: Context) {
  let answer = readinessOfRequest.get(context);
  if (!answer) {
    answer = context.services.appReadiness.readiness({ signal: context.graphBudget.signal, spend: () => context.graphBudget.spend() });
    readinessOfRequest.set(context, answer);
  }
  return answer;
}

const FacebookAppRef = builder.objectRef<FacebookAppSummary>('FacebookApp').implement({
  description: 'The Facebook app adsauth calls Graph as, and where it stands against its Marketing API access level.',
  fields: (t) => ({
    appId: t.exposeString('appId'),
    graphApiVersion: t.exposeString('graphApiVersion'),
    sandbox: t.exposeBoolean('sandbox', { description: 'Whether Graph is the embedded sandbox rather than Facebook.' }),
    accessLevel: t.field({ type: AccessLevelRef, description: 'The level adsauth enforces.', resolve: (app) => app.level.policy }),
    accessLevelSource: t.field({ type: AccessLevelSourceEnum, resolve: (app) => app.level.source }),
    observedAccessTier: t.string({
      nullable: true,
      description: 'The raw ads_api_access_tier last seen in a usage header (development_access, standard_access); null before any.',
      resolve: (app) => app.level.observed?.raw ?? null,
    }),
    observedAccessTierAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When observedAccessTier was last seen.',
      resolve: (app) => app.level.observed?.seenAt ?? null,
    }),
    warnings: t.field({
      type: [AppWarningRef],
      description:
        'Everything about the app that needs a person: access level, App Review of ads_management, business verification, an ending Graph API version.',
      resolve: async (app, _args, context) => [...app.level.warnings, ...(await appReadiness(context)).warnings],
    }),
    permissions: t.field({
      type: [AppPermissionRef],
      description: "Each permission's App Review status (GET /{app-id}/permissions): read when first asked for, refreshed by each sweep.",
      resolve: async (_app, _args, context) => (await appReadiness(context)).permissions,
    }),
    business: t.field({
      type: AppBusinessRef,
      nullable: true,
      description: 'The business of FACEBOOK_BUSINESS_ID and its verification; null when it is not set or not read yet.',
      resolve: async (_app, _args, context) => (await appReadiness(context)).business,
    }),
    graphApi: t.field({
      type: GraphApiVersionRef,
      resolve: async (_app, _args, context) => (await appReadiness(context)).graphApi,
    }),
    accountList: t.field({
      type: AccountListUsageRef,
      resolve: (_app, _args, context) => context.services.accountList.usage(context.viewer.workspaceId),
    }),
    apiUsage: t.field({
      type: ApiUsageRef,
      description: 'Graph calls and errors over the last 30 days.',
      resolve: (_app, _args, context) => context.services.apiUsage.lastWindow(),
    }),
    systemUsers: t.field({
      type: SystemUserUsageRef,
      description: "Reads the business's system users with one of this workspace's authorizations that has business_management.",
      args: { businessId: t.arg.string({ required: true }) },
      errors: {
        types: [ValidationError, BusinessNotReachable, GraphUnavailable, RateLimited],
        directResult: true,
        union: { name: 'SystemUserUsageResult' },
      },
      resolve: (_app, { businessId }, context) => {
        context.graphBudget.spend();
        return context.services.systemUserUsage.forBusiness(context.viewer.workspaceId, businessId, context.graphBudget.signal);
      },
    }),
  }),
});

builder.queryField('app', (t) =>
  t.field({
    type: FacebookAppRef,
    description: 'The Facebook app, its access level, account list, API usage and system-user limits.',
    resolve: (_root, _args, context) => context.services.accessLevels.app(),
  }),
);
