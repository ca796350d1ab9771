import { encodeGlobalID } from '@pothos/plugin-relay';
import { BusinessNotReachable } from '../../domain/system-user-usage-errors.ts';
import type { SystemUserUsage } from '../../services/access-levels/system-user-usage.ts';
import { builder } from '../builder.ts';
import { AccessTierEnum } from './access-level.ts';
import { ErrorInterface } from './error.ts';

const SystemUserCountRef = builder.objectRef<{ used: number; limit: number }>('SystemUserCount').implement({
  fields: (t) => ({
    used: t.exposeInt('used'),
    limit: t.exposeInt('limit'),
    overLimit: t.boolean({ resolve: (count) => count.used > count.limit }),
  }),
});

export const SystemUserUsageRef = builder.objectRef<SystemUserUsage>('SystemUserUsage').implement({
  description: "A business's system users (GET /{business-id}/system_users) against the access level's limits.",
  fields: (t) => ({
    businessId: t.exposeString('businessId'),
    tier: t.field({ type: AccessTierEnum, description: 'The access level whose limits apply.', resolve: (usage) => usage.policy.tier }),
    regular: t.field({
      type: SystemUserCountRef,
      description: 'System users of every role but ADMIN.',
      resolve: (usage) => ({ used: usage.regular, limit: usage.policy.systemUserLimit }),
    }),
    admin: t.field({
      type: SystemUserCountRef,
      description: 'Admin system users.',
      resolve: (usage) => ({ used: usage.admin, limit: usage.policy.adminSystemUserLimit }),
    }),
    authorizationId: t.id({
      description: 'The global id of the authorization whose token read the list.',
      resolve: (usage) => encodeGlobalID('Authorization', usage.authorizationId),
    }),
    warnings: t.exposeStringList('warnings', { description: 'One sentence per limit the business is over.' }),
  }),
});

builder.objectType(BusinessNotReachable, {
  name: 'BusinessNotReachable',
  description:
    "No authorization of this workspace with business_management can read that business's system users. adsauth tries up to three of them, those registered for that business first.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ businessId: t.exposeString('businessId') }),
});
