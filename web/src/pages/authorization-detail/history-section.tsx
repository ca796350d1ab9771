import { useEffect } from 'react';
import { useQuery } from 'urql';
import { formatDateTime, STATE_LABEL } from '../../components/labels';
import { RequestError } from '../../components/notices';
import type { DashboardHistoryQuery } from '../../gql/graphql';
import { HistoryQuery } from './documents';

type HistoryEvent = NonNullable<DashboardHistoryQuery['authorization']>['history']['edges'][number]['node'];

const TITLES: Record<HistoryEvent['type'], string> = {
  AUTHORIZATION_CREATED: 'Created',
  AUTHORIZATION_DELETED: 'Deleted',
  AUTHORIZATION_UPDATED: 'Details edited',
  AUTHORIZATION_STATE_CHANGED: 'State changed',
  AUTHORIZATION_CHECK_FAILED: 'Check failed',
  AUTHORIZATION_TOKEN_REPLACED: 'Token replaced',
  AUTHORIZATION_CONNECT_CANCELLED: 'Reconnect cancelled',
  AUTHORIZATION_EXPIRING: 'Expiring',
  AD_ACCOUNTS_CHANGED: 'Ad accounts changed',
  AUTHORIZATION_HEALTH_CHANGED: 'Health changed',
  // A workspace event: never in an authorization's history, named for completeness.
  SWEEP_FINISHED: 'Sweep finished',
};

/** One line that says what the event's details hold. */
function summaryOf(details: HistoryEvent['details']): string | undefined {
  switch (details.__typename) {
    case 'StateChangedEventDetails':
      return `${details.from ? STATE_LABEL[details.from] : '—'} → ${details.to ? STATE_LABEL[details.to] : '—'}${details.reason ? `: ${details.reason}` : ''}`;
    case 'CheckFailedEventDetails':
      return details.message ?? undefined;
    case 'UpdatedEventDetails':
      return `Changed ${details.changes.map((change) => change.field).join(', ')}`;
    case 'AdAccountsChangedEventDetails': {
      const parts = [
        [details.gained.length, 'gained'],
        [details.lost.length, 'lost'],
        [details.statusChanges.length, 'changed status'],
        [details.termsChanges.length, 'changed terms'],
      ].filter(([count]) => count);
      return parts.map(([count, what]) => `${count} ${what}`).join(', ');
    }
    default:
      return undefined;
  }
}

export function HistorySection({ id, version }: { id: string; version: number }) {
  const [result, reexecute] = useQuery({ query: HistoryQuery, variables: { id } });
  useEffect(() => {
    if (version > 0) reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);
  const events = result.data?.authorization?.history.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <RequestError error={result.error} />
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.id} className={`timeline-item type-${event.type.toLowerCase()}`}>
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
            <div>
              <strong>{TITLES[event.type]}</strong> <span className="muted small">by {event.actor}</span>
              {summaryOf(event.details) && <p className="small">{summaryOf(event.details)}</p>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
