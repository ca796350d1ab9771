import type { SweepRunSummary, SweepStatus } from '../../services/sweep/sweep-status.ts';
import { builder } from '../builder.ts';

const SweepProgressRef = builder.objectRef<NonNullable<SweepStatus['progress']>>('SweepProgress').implement({
  description: 'Authorizations checked so far out of those in scope when the run started.',
  fields: (t) => ({ done: t.exposeInt('done'), total: t.exposeInt('total') }),
});

const SweepRunRef = builder.objectRef<SweepRunSummary>('SweepRun').implement({
  fields: (t) => ({
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    checked: t.exposeInt('checked'),
    changed: t.exposeInt('changed', { description: 'Authorizations whose state the run changed.' }),
    failed: t.exposeInt('failed', { description: 'Checks that failed (Facebook unreachable or throttled).' }),
    stoppedEarly: t.exposeBoolean('stoppedEarly', {
      description: 'It ended before visiting every authorization (stopped, or its process died); the next run resumes it.',
    }),
  }),
});

const SweepStatusRef = builder.objectRef<SweepStatus>('SweepStatus').implement({
  description:
    "The scheduled health sweep over every authorization of every workspace: its counts are the gateway's, not one workspace's (a workspace's own come in its SWEEP_FINISHED events).",
  fields: (t) => ({
    running: t.exposeBoolean('running'),
    progress: t.field({ type: SweepProgressRef, nullable: true, description: 'While running.', resolve: (s) => s.progress }),
    lastRun: t.field({ type: SweepRunRef, nullable: true, description: 'The newest run that is not running.', resolve: (s) => s.lastRun }),
    nextRunAt: t.expose('nextRunAt', {
      type: 'DateTime',
      nullable: true,
      description: 'ADSAUTH_SWEEP_INTERVAL after the newest run started; null when the interval is 0 or no run has started yet.',
    }),
  }),
});

builder.queryFields((t) => ({
  sweep: t.field({ type: SweepStatusRef, resolve: (_root, _args, context) => context.services.sweepStatus.status() }),
}));
