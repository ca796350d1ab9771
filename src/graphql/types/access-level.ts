import { ACCESS_TIERS, nextTier, type AccessLevelPolicy } from '../../domain/access-levels.ts';
import type { UpgradeCriterion } from '../../domain/upgrade-criteria.ts';
import { builder } from '../builder.ts';

export const AccessTierEnum = builder.enumType('AccessTier', {
  description:
    "The Marketing API access levels of the seed's model (Development, Basic, Standard). Meta now calls its two tiers Limited and Full.",
  values: ACCESS_TIERS,
});

const UpgradeCriterionRef = builder.objectRef<UpgradeCriterion>('UpgradeCriterion').implement({
  description: 'One thing Facebook asks before granting the next access level.',
  fields: (t) => ({
    description: t.exposeString('description'),
    measurable: t.exposeBoolean('measurable', {
      description: "Whether adsauth can measure it from its own call counters; it cannot measure Facebook's reviews.",
    }),
    met: t.exposeBoolean('met', { nullable: true, description: 'null when not measurable.' }),
    progress: t.exposeString('progress', {
      nullable: true,
      description: 'e.g. "734 / 1000 calls, 3.1% errors"; null when not measurable.',
    }),
  }),
});

export const AccessLevelRef = builder.objectRef<AccessLevelPolicy>('AccessLevel').implement({
  description: "One row of the access-level policy table (the seed's limits, as overridden by ADSAUTH_ACCESS_POLICY).",
  fields: (t) => ({
    tier: t.field({ type: AccessTierEnum, resolve: (level) => level.tier }),
    description: t.exposeString('description'),
    adAccountLimit: t.exposeInt('adAccountLimit', {
      nullable: true,
      description: "How many ad accounts the app's account list may hold; null = unlimited.",
    }),
    systemUserLimit: t.exposeInt('systemUserLimit', {
      description: 'System users (other than admin ones) a business may have for this app.',
    }),
    adminSystemUserLimit: t.exposeInt('adminSystemUserLimit'),
    rateLimiting: t.exposeString('rateLimiting'),
    businessManagerAccess: t.exposeString('businessManagerAccess'),
    canCreatePages: t.exposeBoolean('canCreatePages'),
    nextTier: t.field({
      type: AccessTierEnum,
      nullable: true,
      description: 'The tier above; levels cannot be skipped. null for STANDARD.',
      resolve: (level) => nextTier(level.tier),
    }),
    upgradeCriteria: t.field({
      type: [UpgradeCriterionRef],
      description: 'What reaching nextTier takes, with progress where adsauth can measure it (its Graph calls of the last 30 days).',
      resolve: (level, _args, context) => context.services.accessLevels.upgradeCriteria(level.tier),
    }),
  }),
});

builder.queryField('accessLevels', (t) =>
  t.field({
    type: [AccessLevelRef],
    description: 'The three access levels and their limits, lowest first.',
    resolve: (_root, _args, context) => context.services.accessLevels.levels(),
  }),
);
