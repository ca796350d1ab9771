import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { EVENT_TYPE_LABEL } from '../../components/labels';
import { ResultError, Success } from '../../components/notices';
import { resultMessage } from '../../components/result-message';
import type { WebhookEventType } from '../../gql/graphql';
import { CreateWebhookMutation } from './documents';

const EVENT_TYPES = Object.keys(EVENT_TYPE_LABEL) as WebhookEventType[];
const FIELD_LABELS = { url: 'The endpoint URL', eventTypes: 'The events' };

export function CreateWebhookForm({ onCreated }: { onCreated: () => void }) {
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
    } else setError(resultMessage(answer, FIELD_LABELS, result.error?.message ?? 'The gateway did not answer.'));
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
            <input type="checkbox" name={type} defaultChecked /> {EVENT_TYPE_LABEL[type]}
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
