import { useQuery } from 'urql';
import { RequestError } from '../../components/notices';
import { CreateWebhookForm } from './create-webhook-form';
import { WebhooksQuery } from './documents';
import { WebhookCard } from './webhook-card';

export function WebhooksPage() {
  const [result, reexecute] = useQuery({ query: WebhooksQuery });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const webhooks = result.data?.webhooks;
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>Webhooks</h1>
          <p className="lede">Signed deliveries of this workspace&apos;s events to your endpoints, retried for 24 hours.</p>
        </div>
      </div>
      <CreateWebhookForm onCreated={refresh} />
      <RequestError error={result.error} />
      {webhooks?.totalCount === 0 && <p className="card muted">No webhooks yet.</p>}
      {webhooks && webhooks.totalCount > webhooks.edges.length && (
        <p className="muted small">
          The newest {webhooks.edges.length} of {webhooks.totalCount} webhooks.
        </p>
      )}
      {webhooks?.edges.map(({ node: webhook }) => (
        <WebhookCard key={webhook.id} webhook={webhook} onDeleted={refresh} />
      ))}
    </>
  );
}
