import { StateBadge } from '../../components/badges';
import { formatDate, formatDateTime, HEALTH_ISSUE_LABEL, JOB_TYPE_LABEL } from '../../components/labels';
import type { DashboardAuthorizationQuery } from '../../gql/graphql';

type Authorization = NonNullable<DashboardAuthorizationQuery['authorization']>;

export function TokenStatusSection({ authorization }: { authorization: Authorization }) {
  const status = authorization.tokenStatus;
  return (
    <section className="card" aria-labelledby="token-heading">
      <h2 id="token-heading">Token</h2>
      <dl className="facts">
        <dt>State</dt>
        <dd>
          <StateBadge state={status.state} />
        </dd>
        <dt>Expires</dt>
        <dd>{formatDate(status.expiresAt, 'Never')}</dd>
        <dt>Data access until</dt>
        <dd>{formatDate(status.dataAccessExpiresAt, 'No limit')}</dd>
        <dt>Last checked</dt>
        <dd>{formatDateTime(status.checkedAt)}</dd>
        <dt>Token</dt>
        <dd>
          <code>{authorization.tokenFingerprint}</code>
        </dd>
        <dt>Export jobs</dt>
        <dd>
          {authorization.supportedJobTypes.length > 0
            ? authorization.supportedJobTypes.map((job) => JOB_TYPE_LABEL[job]).join(', ')
            : 'None until fixed'}
        </dd>
      </dl>
      {status.issues.length > 0 && (
        <ul className="issues" aria-label="Issues">
          {status.issues.map((issue) => (
            <li key={issue.code} className="issue">
              <p>
                <strong>{HEALTH_ISSUE_LABEL[issue.code]}.</strong> {issue.message}
              </p>
              {issue.remediation.url ? (
                <a href={issue.remediation.url} target="_blank" rel="noreferrer" className="issue-fix">
                  {issue.remediation.text}
                </a>
              ) : (
                <p className="issue-fix">{issue.remediation.text}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {status.lastCheckError && (
        <p className="notice notice-warning">
          The last check could not reach a verdict ({formatDateTime(status.lastCheckError.occurredAt)}): {status.lastCheckError.message}
        </p>
      )}
    </section>
  );
}
