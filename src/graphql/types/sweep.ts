import type { SweepRunSummary, SweepStatus, SweepWorkspaceRun } from '../../services/sweep/sweep-status.ts';
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

const SweepWorkspaceRunRef = builder.objectRef<SweepWorkspaceRun>('SweepWorkspaceRun').implement({
  description: "What a sweep run did in this API key's workspace (its SWEEP_FINISHED event).",
  fields: (t) => ({
    finishedAt: t.expose('finishedAt', { type: 'DateTime' }),
    checked: t.exposeInt('checked', { description: "This workspace's authorizations the run checked." }),
    changed: t.exposeInt('changed', { description: 'Of those, the ones whose state the run changed.' }),
    failed: t.exposeInt('failed', { description: 'Checks that failed (Facebook unreachable or throttled).' }),
    stoppedEarly: t.exposeBoolean('stoppedEarly', {
      description: 'The run ended before visiting every authorization; the next run resumes it.',
    }),
  }),
});

const SweepStatusRef = builder.objectRef<SweepStatus>('SweepStatus').implement({
  description:
    "The scheduled health sweep over every authorization of every workspace: progress and lastRun count the gateway's, lastRunInWorkspace this API key's workspace's.",
  fields: (t) => ({
    running: t.exposeBoolean('running'),
    progress: t.field({ type: SweepProgressRef, nullable: true, description: 'While running.', resolve: (s) => s.progress }),
    lastRun: t.field({ type: SweepRunRef, nullable: true, description: 'The newest run that is not running.', resolve: (s) => s.lastRun }),
    lastRunInWorkspace: t.field({
      type: SweepWorkspaceRunRef,
      nullable: true,
      description: "The newest run that visited this API key's workspace, with what it did there; null when none has.",
      resolve: (_status, _args, context) => context.services.sweepStatus.lastRunIn(context.viewer.workspaceId),
    }),
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
