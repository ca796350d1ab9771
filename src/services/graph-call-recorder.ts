import type { Clock } from '../clock.ts';
import type { GraphCallListener } from '../graph/graph-api.ts';
import type { Logger } from '../log.ts';
import type { GraphCallCounterRepository } from '../repositories/graph-call-counters.ts';

/** Counts every Graph call per UTC day, as a success or an error (access-level criteria read these). */
export function createGraphCallRecorder(deps: {
  counters: GraphCallCounterRepository;
  clock: Clock;
  appId: string;
  log: Logger;
}): GraphCallListener {
  return {
    onCall(outcome) {
      const day = deps.clock.now().toISOString().slice(0, 10);
      deps.counters.increment(day, deps.appId, { ok: outcome.ok });
      deps.log.debug({ graphCall: outcome }, 'graph call');
    },
  };
}
