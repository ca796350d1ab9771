import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { resultMessage } from '../../components/result-message';
import { ResultError } from '../../components/notices';
import { authorizationPath, navigate } from '../../routing';
import { DetailsFields, readDetails, DETAILS_FIELD_LABELS } from './details-fields';
import { RegisterSystemUserTokenMutation } from './documents';
import { SystemUserSteps } from './system-user-steps';

export function SystemUserForm() {
  const [error, setError] = useState<string>();
  const [registered, register] = useMutation(RegisterSystemUserTokenMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const form = new FormData(event.currentTarget);
    const accessToken = String(form.get('accessToken') ?? '').trim();
    const result = await register({ input: { ...readDetails(form), accessToken } });
    const answer = result.data?.registerSystemUserToken;
    if (answer?.__typename === 'RegisterSystemUserTokenPayload') navigate(authorizationPath(answer.authorization.id));
    else setError(resultMessage(answer, DETAILS_FIELD_LABELS, result.error?.message ?? 'The gateway did not answer.'));
  };

  return (
    <div className="split">
      <form className="card form" onSubmit={submit}>
        <h2>Add a system-user token</h2>
        <DetailsFields />
        <label className="field">
          <span>Access token</span>
          <input name="accessToken" type="password" required autoComplete="off" spellCheck={false} />
          <span className="hint">Checked with Facebook, then stored encrypted. It is never shown again.</span>
        </label>
        <ResultError message={error} />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={registered.fetching}>
            Add a system-user token
          </button>
        </div>
      </form>
      <SystemUserSteps />
    </div>
  );
}
