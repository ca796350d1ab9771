// Wires the history and the live event streams to the events table: one call from the composition root.
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../clock.ts';
import { createEventRepository } from '../../repositories/events.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import { createHistoryService } from './history.ts';
import { createLiveEvents } from './live-events.ts';

export function createHistoryServices(deps: { db: Db; clock: Clock; retentionDays: number; recorder: Pick<EventRecorder, 'onRecorded'> }) {
  const events = createEventRepository(deps.db);
  return {
    history: createHistoryService({ events, clock: deps.clock, retentionDays: deps.retentionDays }),
    liveEvents: createLiveEvents({ events, recorder: deps.recorder }),
  };
}
