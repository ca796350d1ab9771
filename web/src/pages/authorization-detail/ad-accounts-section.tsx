import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ReadyBadge } from '../../components/badges';
import { JOB_TYPE_LABEL } from '../../components/labels';
import { RequestError } from '../../components/notices';
import type { ReadinessFragment } from '../../gql/graphql';
import { AdAccountsQuery } from './documents';

export function AdAccountsSection({ id, version }: { id: string; version: number }) {
  const [result, reexecute] = useQuery({ query: AdAccountsQuery, variables: { id } });
  useEffect(() => {
    if (version > 0) reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);
  const connection = result.data?.authorization?.adAccounts;
  return (
    <section className="card" aria-labelledby="accounts-heading">
      <div className="card-header">
        <h2 id="accounts-heading">Ad accounts</h2>
        {connection && <span className="muted">{connection.totalCount} reached</span>}
      </div>
      <RequestError error={result.error} />
      {connection && connection.edges.length === 0 && <p className="muted">The token reaches no ad account.</p>}
      {connection && connection.edges.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Ad account</th>
                <th scope="col">Status</th>
                <th scope="col">{JOB_TYPE_LABEL.EXPORT_AUDIENCES}</th>
                <th scope="col">{JOB_TYPE_LABEL.EXPORT_AUDIENCES_WEB_TRAFFIC}</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    {node.name}
                    <span className="muted small block">
                      act_{node.accountId}
                      {node.business?.name ? ` · ${node.business.name}` : ''}
                      {node.currency ? ` · ${node.currency}` : ''}
                    </span>
                  </th>
                  <td>{node.status.toLowerCase().replaceAll('_', ' ')}</td>
                  <td>
                    <Readiness readiness={node.audiences} />
                  </td>
                  <td>
                    <Readiness readiness={node.webTraffic} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Readiness({ readiness }: { readiness: ReadinessFragment }) {
  return (
    <div className="readiness">
      <ReadyBadge ready={readiness.ready} />
      {readiness.blockers.length > 0 && (
        <ul className="blockers">
          {readiness.blockers.map((blocker) => (
            <li key={blocker.code}>
              <span>{blocker.message}</span>{' '}
              {blocker.remediation.url ? (
                <a href={blocker.remediation.url} target="_blank" rel="noreferrer">
                  {blocker.remediation.text}
                </a>
              ) : (
                <span className="muted">{blocker.remediation.text}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
