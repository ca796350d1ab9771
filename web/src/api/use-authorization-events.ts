import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { AuthorizationEventsSubscription } from '../pages/authorizations/documents';
import type { DashboardAuthorizationEventsSubscription } from '../gql/graphql';

type LiveEvent = DashboardAuthorizationEventsSubscription['authorizationEvents'];

/**
 * The workspace's events (or one authorization's) as the gateway records them, over SSE. `onEvent`
 * runs once per event; the caller re-reads what the event changed.
 */
export function useAuthorizationEvents(onEvent: (event: LiveEvent) => void, authorizationId?: string): { live: boolean; last?: LiveEvent } {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  const [result] = useSubscription({ query: AuthorizationEventsSubscription, variables: { authorizationId } });
  const event = result.data?.authorizationEvents;
  useEffect(() => {
    if (!event) return;
    handler.current(event);
  }, [event]);
  return { live: result.error === undefined, last: event };
}
