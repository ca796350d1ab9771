import type { DashboardAuthorizationQuery } from '../../gql/graphql';

type Status = NonNullable<DashboardAuthorizationQuery['authorization']>['tokenStatus'];

/** Granted, declined and expired permissions (expired: granted, but Facebook no longer lets the token use them). */
export function ScopesSection({ status }: { status: Status }) {
  const groups = [
    { title: 'Granted', tone: 'healthy', scopes: status.scopes.filter((scope) => !status.missingScopes.includes(scope)) },
    { title: 'Declined', tone: 'unhealthy', scopes: status.declinedScopes },
    {
      title: 'Missing or expired',
      tone: 'warning',
      scopes: status.missingScopes.filter((scope) => !status.declinedScopes.includes(scope)),
    },
  ];
  return (
    <section className="card" aria-labelledby="scopes-heading">
      <h2 id="scopes-heading">Permissions</h2>
      {groups.map((group) => (
        <div key={group.title} className="scope-group">
          <h3>{group.title}</h3>
          {group.scopes.length > 0 ? (
            <ul className="chips" aria-label={group.title}>
              {group.scopes.map((scope) => (
                <li key={scope} className={`chip chip-${group.tone}`}>
                  {scope}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">None</p>
          )}
        </div>
      ))}
    </section>
  );
}
