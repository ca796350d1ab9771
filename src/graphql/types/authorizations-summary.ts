import type { AuthorizationSummary } from '../../services/authorization-summary/authorization-summary.ts';
import { builder } from '../builder.ts';
import { AuthorizationHealthEnum } from './authorization.ts';
import { TokenStateEnum } from './token-status.ts';

const HealthCountRef = builder.objectRef<AuthorizationSummary['byHealth'][number]>('HealthCount').implement({
  fields: (t) => ({ health: t.expose('health', { type: AuthorizationHealthEnum }), count: t.exposeInt('count') }),
});

const StateCountRef = builder.objectRef<AuthorizationSummary['byState'][number]>('TokenStateCount').implement({
  fields: (t) => ({ state: t.expose('state', { type: TokenStateEnum }), count: t.exposeInt('count') }),
});

const AuthorizationsSummaryRef = builder.objectRef<AuthorizationSummary>('AuthorizationsSummary').implement({
  description: "The workspace's authorizations counted: one grouped query, whatever their number.",
  fields: (t) => ({
    total: t.exposeInt('total'),
    byHealth: t.field({ type: [HealthCountRef], description: 'Every health, with 0 where none.', resolve: (s) => s.byHealth }),
    byState: t.field({ type: [StateCountRef], description: 'Every token state, with 0 where none.', resolve: (s) => s.byState }),
    expiringWithinDays: t.int({
      description: 'Tokens not yet expired whose expiresAt falls within `days` days from now (never-expiring tokens are not counted).',
      args: { days: t.arg.int({ required: true, validate: { min: 0, max: 3650 } }) },
      resolve: (_summary, args, context) => context.services.authorizationSummary.expiringWithinDays(context.viewer.workspaceId, args.days),
    }),
  }),
});

builder.queryFields((t) => ({
  authorizationsSummary: t.field({
    type: AuthorizationsSummaryRef,
    resolve: (_root, _args, context) => context.services.authorizationSummary.summary(context.viewer.workspaceId),
  }),
}));
