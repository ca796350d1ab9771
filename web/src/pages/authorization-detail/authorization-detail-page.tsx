import { useState } from 'react';
import { useQuery } from 'urql';
import { useAuthorizationEvents } from '../../api/use-authorization-events';
import { HealthBadge } from '../../components/badges';
import { METHOD_LABEL } from '../../components/labels';
import { RequestError } from '../../components/notices';
import { Link } from '../../routing';
import { AdAccountsSection } from './ad-accounts-section';
import { AuthorizationActions } from './authorization-actions';
import { AuthorizationDetailQuery } from './documents';
import { HistorySection } from './history-section';
import { ScopesSection } from './scopes-section';
import { TokenStatusSection } from './token-status-section';

export function AuthorizationDetailPage({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: AuthorizationDetailQuery, variables: { id } });
  // Every event of this authorization bumps the version; each section re-reads what it shows.
  const [version, setVersion] = useState(0);
  useAuthorizationEvents(() => {
    reexecute({ requestPolicy: 'network-only' });
    setVersion((v) => v + 1);
  }, id);
  const authorization = result.data?.authorization;

  if (result.data && !authorization) {
    return (
      <div className="card empty">
        <h1>Authorization not found</h1>
        <p>It may have been deleted.</p>
        <Link to="/">Back to authorizations</Link>
      </div>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">Authorizations</Link> / {authorization?.label ?? '…'}
      </p>
      <RequestError error={result.error} />
      {authorization && (
        <>
          <div className="page-heading">
            <div>
              <h1>
                {authorization.label} <HealthBadge health={authorization.health} />
              </h1>
              <p className="lede">
                {METHOD_LABEL[authorization.method]}
                {authorization.facebookUser?.name ? ` · ${authorization.facebookUser.name}` : ''}
                {authorization.description ? ` · ${authorization.description}` : ''}
              </p>
            </div>
            <AuthorizationActions authorization={authorization} />
          </div>
          <div className="grid">
            <TokenStatusSection authorization={authorization} />
            <ScopesSection status={authorization.tokenStatus} />
          </div>
          <AdAccountsSection id={id} version={version} />
          <HistorySection id={id} version={version} />
        </>
      )}
    </>
  );
}
