import type { Clock } from '../../clock.ts';
import type { GraphCallListener } from '../../graph/graph-api.ts';
import type { Logger } from '../../log.ts';
import type { AccountListRepository } from '../../repositories/account-list.ts';
import type { AppObservationRepository } from '../../repositories/app-observations.ts';
import type { GraphCallCounterRepository } from '../../repositories/graph-call-counters.ts';

/**
 * Told about every Graph response: counts each call per UTC day as a success or an error (the
 * upgrade criteria read these), marks lastCalledAt on the account list for calls against an ad
 * account it holds, and keeps the ads_api_access_tier the usage headers report, with its time.
 */
export function createGraphCallRecorder(deps: {
  counters: GraphCallCounterRepository;
  accountList: AccountListRepository;
  observations: AppObservationRepository;
  clock: Clock;
  appId: string;
  log: Logger;
}): GraphCallListener {
  return {
    onCall(outcome) {
      const now = deps.clock.now();
      deps.counters.increment(now.toISOString().slice(0, 10), deps.appId, { ok: outcome.ok });
      // Only accounts already on the list: admission is the account-list service's decision, not ours.
      if (outcome.adAccountId) deps.accountList.touch(outcome.adAccountId, now);
      deps.log.debug({ graphCall: outcome }, 'graph call');
    },
    onUsage(usage) {
      if (usage.adsApiAccessTier) deps.observations.recordAccessTier(deps.appId, usage.adsApiAccessTier, deps.clock.now());
    },
  };
}
