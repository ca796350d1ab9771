import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '../../components/labels';
import { RequestError, ResultError } from '../../components/notices';
import { AppQuery, SystemUsersQuery } from './documents';

export function AppPage() {
  const [result] = useQuery({ query: AppQuery });
  const app = result.data?.app;
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>Facebook app</h1>
          <p className="lede">{app ? `App ${app.appId} · Graph ${app.graphApiVersion}${app.sandbox ? ' · sandbox' : ''}` : 'Loading…'}</p>
        </div>
      </div>
      <RequestError error={result.error} />
      {app && (
        <>
          {app.warnings.map((warning) => (
            <p key={warning.code} className="notice notice-warning" role="note">
              {warning.message}{' '}
              {warning.remediation.url ? (
                <a href={warning.remediation.url} target="_blank" rel="noreferrer">
                  {warning.remediation.text}
                </a>
              ) : (
                warning.remediation.text
              )}
            </p>
          ))}
          <div className="grid">
            <section className="card" aria-labelledby="level-heading">
              <h2 id="level-heading">Access level: {app.accessLevel.tier.toLowerCase()}</h2>
              <p className="muted small">
                {app.accessLevelSource === 'CONFIGURED'
                  ? 'Configured'
                  : app.accessLevelSource === 'OBSERVED'
                    ? 'As Facebook reports it'
                    : 'Default'}
                {app.observedAccessTier ? ` · Facebook says ${app.observedAccessTier}` : ''}
              </p>
              <p>{app.accessLevel.description}</p>
              <dl className="facts">
                <dt>Ad accounts</dt>
                <dd>{app.accessLevel.adAccountLimit ?? 'No limit'}</dd>
                <dt>System users</dt>
                <dd>
                  {app.accessLevel.systemUserLimit} and {app.accessLevel.adminSystemUserLimit} admin
                </dd>
                <dt>Graph calls, {app.apiUsage.windowDays} days</dt>
                <dd>
                  {app.apiUsage.calls} ({(app.apiUsage.errorRate * 100).toFixed(1)} % errors)
                </dd>
              </dl>
            </section>
            <section className="card" aria-labelledby="upgrade-heading">
              <h2 id="upgrade-heading">
                {app.accessLevel.nextTier ? `Upgrade to ${app.accessLevel.nextTier.toLowerCase()}` : 'Highest level'}
              </h2>
              <ul className="criteria">
                {app.accessLevel.upgradeCriteria.map((criterion) => (
                  <li key={criterion.description} className={criterion.met ? 'met' : criterion.met === false ? 'unmet' : ''}>
                    <span aria-hidden="true">{criterion.met ? '✓' : criterion.met === false ? '○' : '·'}</span> {criterion.description}
                    {criterion.progress && <span className="muted small block">{criterion.progress}</span>}
                  </li>
                ))}
              </ul>
            </section>
          </div>
          <section className="card" aria-labelledby="list-heading">
            <div className="card-header">
              <h2 id="list-heading">Account list</h2>
              <span className="muted">
                {app.accountList.used} of {app.accountList.limit ?? 'unlimited'} used
              </span>
            </div>
            {app.accountList.limit !== null && app.accountList.limit !== undefined && (
              <progress className="meter" max={app.accountList.limit} value={app.accountList.used} aria-label="Account list used" />
            )}
            {app.accountList.accounts.length === 0 ? (
              <p className="muted">No ad account of this workspace is on the list yet.</p>
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Ad account</th>
                    <th scope="col">Added</th>
                    <th scope="col">Last call</th>
                  </tr>
                </thead>
                <tbody>
                  {app.accountList.accounts.map((entry) => (
                    <tr key={entry.accountId}>
                      <th scope="row">act_{entry.accountId}</th>
                      <td>{formatDateTime(entry.addedAt)}</td>
                      <td>{formatDateTime(entry.lastCalledAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <SystemUserLimits />
        </>
      )}
    </>
  );
}

function SystemUserLimits() {
  const [businessId, setBusinessId] = useState<string>();
  const [result] = useQuery({ query: SystemUsersQuery, variables: { businessId: businessId ?? '' }, pause: !businessId });
  const usage = result.data?.app.systemUsers;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusinessId(String(new FormData(event.currentTarget).get('businessId')).trim());
  };
  return (
    <section className="card" aria-labelledby="system-users-heading">
      <h2 id="system-users-heading">System-user limits</h2>
      <form className="inline-form" onSubmit={submit}>
        <label className="field">
          <span>Business id</span>
          <input name="businessId" required inputMode="numeric" pattern="\d+" />
        </label>
        <button type="submit" className="button">
          Count system users
        </button>
      </form>
      <RequestError error={result.error} />
      {usage?.__typename === 'SystemUserUsage' && (
        <dl className="facts">
          <dt>System users</dt>
          <dd className={usage.regular.overLimit ? 'text-danger' : ''}>
            {usage.regular.used} of {usage.regular.limit}
          </dd>
          <dt>Admin system users</dt>
          <dd className={usage.admin.overLimit ? 'text-danger' : ''}>
            {usage.admin.used} of {usage.admin.limit}
          </dd>
        </dl>
      )}
      {usage && 'message' in usage && <ResultError message={usage.message} />}
    </section>
  );
}
