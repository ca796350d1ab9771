import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../../components/labels';
import { RequestError, ResultError, Success } from '../../components/notices';
import type { WebhookEventType } from '../../gql/graphql';
import { CreateWebhookMutation, DeleteWebhookMutation, WebhooksQuery } from './documents';

const EVENT_TYPES: WebhookEventType[] = [
  'AUTHORIZATION_CREATED',
  'AUTHORIZATION_DELETED',
  'AUTHORIZATION_STATE_CHANGED',
  'AUTHORIZATION_EXPIRING',
  'AD_ACCOUNTS_CHANGED',
];

export function WebhooksPage() {
  const [result, reexecute] = useQuery({ query: WebhooksQuery });
  const [, remove] = useMutation(DeleteWebhookMutation);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
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
      {result.data?.webhooks.length === 0 && <p className="card muted">No webhooks yet.</p>}
      {result.data?.webhooks.map((webhook) => (
        <section key={webhook.id} className="card" aria-label={webhook.url}>
          <div className="card-header">
            <h2 className="mono">{webhook.url}</h2>
            <button type="button" className="button button-danger" onClick={() => remove({ input: { id: webhook.id } }).then(refresh)}>
              Delete
            </button>
          </div>
          <p className="muted small">
            {webhook.eventTypes.map((type) => type.toLowerCase()).join(', ')} · since {formatDateTime(webhook.createdAt)}
          </p>
          {webhook.deliveries.length === 0 ? (
            <p className="muted">No deliveries yet.</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">Delivery log</caption>
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
                {webhook.deliveries.map((delivery) => (
                  <tr key={delivery.id}>
                    <td>{delivery.eventType.toLowerCase()}</td>
                    <td>
                      <span
                        className={`badge badge-${delivery.status === 'DELIVERED' ? 'healthy' : delivery.status === 'FAILED' ? 'unhealthy' : 'unknown'}`}
                      >
                        {delivery.status.toLowerCase()}
                      </span>
                    </td>
                    <td>{delivery.attempts}</td>
                    <td>{delivery.lastError ?? (delivery.lastHttpStatus ? `HTTP ${delivery.lastHttpStatus}` : '—')}</td>
                    <td>{formatDateTime(delivery.deliveredAt ?? delivery.nextAttemptAt ?? delivery.occurredAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </>
  );
}

function CreateWebhookForm({ onCreated }: { onCreated: () => void }) {
  const [created, create] = useMutation(CreateWebhookMutation);
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const eventTypes = EVENT_TYPES.filter((type) => form.get(type) === 'on');
    const result = await create({ input: { url: String(form.get('url')).trim(), eventTypes } });
    const answer = result.data?.createWebhook;
    if (answer?.__typename === 'CreateWebhookPayload') {
      setError(undefined);
      setSecret(answer.signingSecret);
      onCreated();
    } else setError(answer && 'message' in answer ? answer.message : result.error?.message);
  };
  return (
    <form className="card form" onSubmit={submit}>
      <h2>Add a webhook</h2>
      <label className="field">
        <span>Endpoint URL</span>
        <input name="url" type="url" required placeholder="https://example.com/adsauth" />
      </label>
      <fieldset className="inline-choices">
        <legend>Events</legend>
        {EVENT_TYPES.map((type) => (
          <label key={type}>
            <input type="checkbox" name={type} defaultChecked /> {type.toLowerCase().replaceAll('_', ' ')}
          </label>
        ))}
      </fieldset>
      <ResultError message={error} />
      {secret && (
        <Success>
          Signing secret, shown this once: <code>{secret}</code>
        </Success>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={created.fetching}>
          Add webhook
        </button>
      </div>
    </form>
  );
}
