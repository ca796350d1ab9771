import type { EventRecorder } from '../kernel/event-recorder.ts';
import type { EventRepository } from '../../repositories/events.ts';
import { historyEventOf, type HistoryEvent } from './event-details.ts';

const BATCH = 100;

export interface LiveEventFilter {
  workspaceId: string;
  /** Only this authorization's events; all of the workspace's without it. */
  authorizationId?: string;
}

/**
 * Live event streams for subscriptions. A stream reads committed rows after its cursor and sleeps
 * until the recorder says something was recorded, so a wake-up carries no data: nothing is lost when
 * the reader is slow, nothing is sent twice, and a rolled-back change (no row) is never sent.
 */
export function createLiveEvents(deps: { events: EventRepository; recorder: Pick<EventRecorder, 'onRecorded'> }) {
  let openStreams = 0;

  function stream(filter: LiveEventFilter): AsyncIterableIterator<HistoryEvent> {
    // Taken now, not at the first read: what is recorded after subscribing is sent.
    let cursor = deps.events.lastRowId();
    let recordedSinceRead = false;
    let wake: (() => void) | undefined;
    let closed = false;
    const unsubscribe = deps.recorder.onRecorded((row) => {
      if (row.workspaceId !== filter.workspaceId) return;
      recordedSinceRead = true;
      wake?.();
    });
    openStreams++;

    const close = () => {
      if (closed) return;
      closed = true;
      unsubscribe();
      openStreams--;
      wake?.();
    };

    async function* rows(): AsyncGenerator<HistoryEvent> {
      try {
        while (!closed) {
          recordedSinceRead = false;
          const batch = deps.events.since(filter.workspaceId, cursor, BATCH, filter.authorizationId);
          for (const row of batch) {
            cursor = row.rowId;
            yield historyEventOf(row);
          }
          if (batch.length === BATCH || recordedSinceRead || closed) continue;
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      } finally {
        close();
      }
    }

    const inner = rows();
    // A generator waiting for a wake-up cannot be returned until it wakes, so return() closes first.
    return {
      next: () => inner.next(),
      return: (value?: unknown) => {
        close();
        return inner.return(value as undefined);
      },
      throw: (error?: unknown) => {
        close();
        return inner.throw(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  return {
    stream,
    /** How many streams are open: a disconnected client must leave none behind. */
    openStreams: () => openStreams,
  };
}

export type LiveEvents = ReturnType<typeof createLiveEvents>;
