import { loadConfig } from '../config.ts';
import type { SweepOutcome, SweepProgress } from '../services/sweep/sweep.ts';
import { out, type Command } from './command.ts';

/** Exit codes besides 0 (finished), 1 (error) and 2 (usage). */
export const SWEEP_EXIT = { BUSY: 3, INCOMPLETE: 4 } as const;

export const sweepCommand: Command = {
  summary: 'check every authorization once (the health sweep) and print a summary',
  usage: `adsauth sweep [--workspace NAME]

One pass of the health sweep over every authorization, or over one workspace's: debug_token in
batch requests of at most 50, renewal of 60-day tokens about to expire, an ad-account resync of the
authorizations still usable, expiry warnings, and pruning of history older than ADSAUTH_HISTORY_DAYS.
Only one sweep runs at a time, across processes. A sweep that was interrupted resumes where it
stopped. Prints a summary (checked, changed, failed); a progress bar when stdout is a terminal.
Logs go to stderr.

Needs a Facebook app (FACEBOOK_APP_ID, FACEBOOK_APP_SECRET, FACEBOOK_REDIRECT_URI; GRAPH_API_URL may
point at a standalone "adsauth sandbox"). In sandbox mode "adsauth serve" sweeps on its own.

Exit codes: 0 the pass finished (failed checks are counted in the summary), 1 error, 2 usage,
3 another sweep holds the lease, 4 stopped early (Graph throttling or a signal): run it again later
to resume.`,
  options: { workspace: { type: 'string' } },
  run: async (flags) => {
    const config = loadConfig();
    if (config.mode === 'sandbox') {
      throw new Error(
        'sweep needs a Facebook app to ask: set FACEBOOK_APP_ID, FACEBOOK_APP_SECRET and FACEBOOK_REDIRECT_URI (GRAPH_API_URL may point at "adsauth sandbox"); in sandbox mode "adsauth serve" sweeps every ADSAUTH_SWEEP_INTERVAL',
      );
    }
    const [{ openDatabase }, { createApp }, { liveFacebookApp }, { systemClock }, { createLogger }, { pino }] = await Promise.all([
      import('../../db/client.ts'),
      import('../app.ts'),
      import('../live-facebook-app.ts'),
      import('../clock.ts'),
      import('../log.ts'),
      import('pino'),
    ]);
    const log = createLogger({ level: config.logLevel, destination: pino.destination({ fd: 2, sync: true }) });
    const database = openDatabase(config.databaseFile);
    const signals = new AbortController();
    const onSignal = () => signals.abort();
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
    try {
      const app = createApp({
        database,
        clock: systemClock,
        config,
        log,
        fetch: globalThis.fetch,
        facebook: liveFacebookApp(config),
      });
      let workspaceId: string | null = null;
      if (typeof flags.workspace === 'string') {
        const workspace = app.services.workspaces.findByName(flags.workspace);
        if (!workspace) throw new Error(`no workspace is named "${flags.workspace}"`);
        workspaceId = workspace.id;
      }
      const bar = process.stdout.isTTY ? progressBar() : undefined;
      const outcome = await app.workers.sweep.run({ workspaceId, onProgress: bar?.update, signal: signals.signal });
      bar?.done();
      out(summary(outcome));
      process.exitCode = outcome.status === 'FINISHED' ? 0 : outcome.status === 'BUSY' ? SWEEP_EXIT.BUSY : SWEEP_EXIT.INCOMPLETE;
    } finally {
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      database.close();
    }
  },
};

export function summary(outcome: SweepOutcome): string {
  if (outcome.status === 'BUSY') {
    const until = outcome.heldUntil ? ` (its lease runs until ${outcome.heldUntil.toISOString()})` : '';
    return `Another sweep holds the lease${until}; nothing was done. Try again once it has finished.`;
  }
  const lines = [
    `${HEADLINE[outcome.status]}: ${outcome.checked} checked, ${outcome.changed} changed, ${outcome.failed} failed` +
      ` (${outcome.visited} of ${outcome.total} authorizations visited by this run${outcome.resumed ? ', resumed' : ''}).`,
    `Tokens renewed: ${outcome.renewed}, renewals that did not extend the expiry: ${outcome.renewalsNotExtended}, renewals failed: ${outcome.renewalsFailed}.`,
    `Ad accounts resynced: ${outcome.adAccountsSynced}, failed: ${outcome.adAccountSyncsFailed}, deferred by throttling: ${outcome.adAccountSyncsDeferred}.`,
    `Expiry warnings sent: ${outcome.warningsSent}. History events pruned: ${outcome.eventsPruned}.`,
  ];
  if (outcome.status === 'PAUSED')
    lines.push(`Graph is throttling until ${outcome.pausedUntil?.toISOString()}; run the sweep again after that to resume.`);
  if (outcome.status === 'STOPPED') lines.push('Stopped by a signal; run the sweep again to resume.');
  if (outcome.status === 'LEASE_LOST')
    lines.push('Another sweep took the lease over (this one was too slow to renew it); it carries on from here.');
  return lines.join('\n');
}

const HEADLINE = { FINISHED: 'Sweep finished', PAUSED: 'Sweep paused', STOPPED: 'Sweep stopped', LEASE_LOST: 'Sweep interrupted' } as const;

function progressBar() {
  const width = 30;
  return {
    update({ done, total }: SweepProgress) {
      const share = total === 0 ? 1 : Math.min(1, done / total);
      const filled = Math.round(share * width);
      process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    },
    done() {
      process.stdout.write('\n');
    },
  };
}
