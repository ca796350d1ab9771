import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { resultMessage } from '../../components/result-message';
import { ResultError } from '../../components/notices';
import { DetailsFields, readDetails, DETAILS_FIELD_LABELS } from './details-fields';
import { StartBusinessLoginMutation } from './documents';
import { PopupOutcomeNotice } from './popup-outcome';
import { useOAuthPopup } from './use-oauth-popup';

/** Login for Business: the client's admin picks a business and its ad accounts in Facebook's dialog. */
export function BusinessLoginForm() {
  const [error, setError] = useState<string>();
  const [started, start] = useMutation(StartBusinessLoginMutation);
  const popup = useOAuthPopup();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const details = readDetails(new FormData(event.currentTarget));
    if (!popup.open(details.label)) {
      setError('The browser blocked the Facebook window. Allow pop-ups for this page.');
      return;
    }
    const result = await start({ input: details });
    const answer = result.data?.startFacebookBusinessLogin;
    if (answer?.__typename === 'StartFacebookOAuthPayload') {
      popup.go(answer.authorizeUrl);
      return;
    }
    popup.cancel();
    setError(resultMessage(answer, DETAILS_FIELD_LABELS, result.error?.message ?? 'The gateway did not answer.'));
  };

  return (
    <form className="card form" onSubmit={submit}>
      <h2>Connect a business with Login for Business</h2>
      <p className="muted">
        Send this to the client business's admin, or do it together: Facebook asks them to pick the business and the ad accounts to share.
        The token never expires and reaches only those accounts.
      </p>
      <DetailsFields />
      <ResultError message={error} />
      <PopupOutcomeNotice outcome={popup.outcome} waiting={popup.waiting} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={started.fetching || popup.waiting}>
          Connect a business
        </button>
      </div>
    </form>
  );
}
