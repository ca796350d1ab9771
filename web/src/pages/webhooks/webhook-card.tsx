import { useMutation } from 'urql';
import { EVENT_TYPE_LABEL, formatDateTime } from '../../components/labels';
import type { DashboardWebhooksQuery } from '../../gql/graphql';
import { DeleteWebhookMutation } from './documents';
import { DeliveryRows } from './delivery-rows';

type Webhook = DashboardWebhooksQuery['webhooks']['edges'][number]['node'];

export function WebhookCard({ webhook, onDeleted }: { webhook: Webhook; onDeleted: () => void }) {
  const [, remove] = useMutation(DeleteWebhookMutation);
  const log = webhook.deliveries;
  return (
    <section className="card" aria-label={webhook.url}>
      <div className="card-header">
        <h2 className="mono">{webhook.url}</h2>
        <button type="button" className="button button-danger" onClick={() => remove({ input: { id: webhook.id } }).then(onDeleted)}>
          Delete
        </button>
      </div>
      <p className="muted small">
        {webhook.eventTypes.map((type) => EVENT_TYPE_LABEL[type]).join(', ')} · since {formatDateTime(webhook.createdAt)} ·{' '}
        {log.totalCount === 1 ? '1 delivery' : `${log.totalCount} deliveries`}
      </p>
      {log.totalCount === 0 ? (
        <p className="muted">No deliveries yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Delivery log, {log.totalCount} deliveries</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last result</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            <DeliveryRows webhookId={webhook.id} page={log} />
          </tbody>
        </table>
      )}
    </section>
  );
}
