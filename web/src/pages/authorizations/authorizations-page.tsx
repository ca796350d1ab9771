import { useState } from 'react';
import { useQuery } from 'urql';
import { useAuthorizationEvents } from '../../api/use-authorization-events';
import type { AuthorizationFilter } from '../../gql/graphql';
import { RequestError } from '../../components/notices';
import { Link } from '../../routing';
import { AuthorizationsFilters } from './authorizations-filters';
import { AuthorizationsTable } from './authorizations-table';
import { AuthorizationsListQuery } from './documents';
import { HealthSummaryHeader } from './health-summary-header';
import { SweepLine } from './sweep-line';
import type { OwnerFilter } from './owner-filter';
import type { SortOrder } from './sort';
import { useHealthSummary } from './use-health-summary';

export function AuthorizationsPage() {
  const [filter, setFilter] = useState<AuthorizationFilter>({});
  const [owner, setOwner] = useState<OwnerFilter>();
  const pickOwner = (picked: OwnerFilter | undefined) => {
    setOwner(picked);
    setFilter(({ facebookUserId: _user, businessId: _business, ...rest }) => ({ ...rest, ...picked?.filter }));
  };
  const [order, setOrder] = useState<SortOrder>({ field: 'CREATED_AT', direction: 'DESC' });
  const [result, reexecute] = useQuery({ query: AuthorizationsListQuery, variables: { filter, orderBy: order } });
  const [summary, sweep, refreshSummary] = useHealthSummary();
  const events = useAuthorizationEvents(() => {
    reexecute({ requestPolicy: 'network-only' });
    refreshSummary();
  });
  const rows = result.data?.authorizations.edges.map((edge) => edge.node);

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>Authorizations</h1>
          <p className="lede">The Facebook tokens this workspace uses, and whether each can run export jobs.</p>
        </div>
        <Link to="/authorizations/new" className="button button-primary">
          New authorization
        </Link>
      </div>
      <HealthSummaryHeader summary={summary} onPick={(health) => setFilter((current) => ({ ...current, health }))} />
      <SweepLine sweep={sweep} />
      <section className="card" aria-labelledby="list-heading">
        <div className="card-header">
          <h2 id="list-heading">All authorizations</h2>
          <span className={`live ${events.live ? 'live-on' : ''}`}>{events.live ? 'Live' : 'Reconnecting…'}</span>
        </div>
        <AuthorizationsFilters filter={filter} owner={owner} onChange={setFilter} onClearOwner={() => pickOwner(undefined)} />
        <RequestError error={result.error} />
        {rows && <AuthorizationsTable rows={rows} order={order} onSort={setOrder} onPickOwner={pickOwner} />}
        <p className="visually-hidden" aria-live="polite">
          {events.last ? `${events.last.label ?? 'An authorization'}: ${events.last.type.toLowerCase().replaceAll('_', ' ')}` : ''}
        </p>
      </section>
    </>
  );
}
