import { useEffect } from 'react';
import { useQuery } from 'urql';
import {
  AD_ACCOUNT_STATUS_LABEL,
  CHECK_ERROR_LABEL,
  EXPIRY_KIND_LABEL,
  formatDateTime,
  HEALTH_LABEL,
  STATE_LABEL,
  TERMS_LABEL,
} from '../../components/labels';
import { RequestError } from '../../components/notices';
import type { AdAccountStatus, DashboardHistoryQuery } from '../../gql/graphql';
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

type AdAccountsChanged = Extract<HistoryEvent['details'], { __typename: 'AdAccountsChangedEventDetails' }>;

const SHOWN_ITEMS = 3;

/** The first few items, then how many more: "Main, act_2 and 3 more". */
function listed(items: readonly string[]): string {
  const shown = items.slice(0, SHOWN_ITEMS).join(', ');
  return items.length > SHOWN_ITEMS ? `${shown} and ${items.length - SHOWN_ITEMS} more` : shown;
}

const nameOf = (account: { accountId: string; name?: string | null }) => account.name ?? account.accountId;
const statusOf = (value: AdAccountStatus | null | undefined) => (value ? AD_ACCOUNT_STATUS_LABEL[value] : '—');

function adAccountsSummary({ gained, lost, statusChanges, termsChanges }: AdAccountsChanged): string {
  return [
    gained.length > 0 && `Gained ${listed(gained.map(nameOf))}`,
    lost.length > 0 && `Lost ${listed(lost.map(nameOf))}`,
    statusChanges.length > 0 && listed(statusChanges.map((c) => `${nameOf(c)}: ${statusOf(c.from)} → ${statusOf(c.to)}`)),
    termsChanges.length > 0 &&
      listed(termsChanges.map((c) => `${nameOf(c)}: ${TERMS_LABEL[c.terms]} ${c.accepted ? 'accepted' : 'no longer accepted'}`)),
  ]
    .filter(Boolean)
    .join('; ');
}

/** One line that says what the event's details hold. */
function summaryOf(details: HistoryEvent['details']): string | undefined {
  switch (details.__typename) {
    case 'StateChangedEventDetails':
      return `${details.from ? STATE_LABEL[details.from] : '—'} → ${details.to ? STATE_LABEL[details.to] : '—'}${details.reason ? `: ${details.reason}` : ''}`;
    case 'CheckFailedEventDetails': {
      const what = details.errorClass ? CHECK_ERROR_LABEL[details.errorClass] : undefined;
      return [what, details.message].filter(Boolean).join(': ') || undefined;
    }
    case 'UpdatedEventDetails':
      return `Changed ${details.changes.map((change) => change.field).join(', ')}`;
    case 'ExpiringEventDetails':
      return `${details.kind ? EXPIRY_KIND_LABEL[details.kind] : 'Access'} expires ${formatDateTime(details.expiresAt)}`;
    case 'AdAccountsChangedEventDetails':
      return adAccountsSummary(details);
    case 'HealthChangedEventDetails':
      return `${details.healthFrom ? HEALTH_LABEL[details.healthFrom] : '—'} → ${details.healthTo ? HEALTH_LABEL[details.healthTo] : '—'}`;
    case 'ConnectCancelledEventDetails':
      return 'Cancelled in the Facebook dialog; the authorization keeps its token.';
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
