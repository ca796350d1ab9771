import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { resultMessage } from '../../components/result-message';
import { ResultError } from '../../components/notices';
import { DetailsFields, readDetails, DETAILS_FIELD_LABELS } from './details-fields';
import { StartFacebookOAuthMutation } from './documents';
import { PopupOutcomeNotice } from './popup-outcome';
import { useOAuthPopup } from './use-oauth-popup';

/** Where the redirect flow comes back to: allowed by the gateway that serves this page (DASHBOARD_RETURN_PATH in src/domain/oauth-dialog.ts). */
const RETURN_PATH = '/authorizations/new';

export function FacebookUserForm() {
  const [flow, setFlow] = useState<'popup' | 'redirect'>('popup');
  const [error, setError] = useState<string>();
  const [started, start] = useMutation(StartFacebookOAuthMutation);
  const popup = useOAuthPopup();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const details = readDetails(new FormData(event.currentTarget));
    if (flow === 'popup' && !popup.open(details.label)) {
      setError('The browser blocked the Facebook window. Allow pop-ups for this page, or use the redirect.');
      return;
    }
    const returnTo = flow === 'redirect' ? window.location.origin + RETURN_PATH : undefined;
    const result = await start({ input: { ...details, returnTo } });
    const answer = result.data?.startFacebookOAuth;
    if (answer?.__typename === 'StartFacebookOAuthPayload') {
      if (flow === 'popup') popup.go(answer.authorizeUrl);
      else window.location.assign(answer.authorizeUrl);
      return;
    }
    popup.cancel();
    setError(resultMessage(answer, DETAILS_FIELD_LABELS, result.error?.message ?? 'The gateway did not answer.'));
  };

  return (
    <form className="card form" onSubmit={submit}>
      <h2>Connect a Facebook user</h2>
      <p className="muted">Facebook asks the person to sign in and to allow ads_management for the ad accounts they manage.</p>
      <DetailsFields />
      <fieldset className="inline-choices">
        <legend>Open Facebook</legend>
        <label>
          <input type="radio" name="flow" checked={flow === 'popup'} onChange={() => setFlow('popup')} /> In a popup window
        </label>
        <label>
          <input type="radio" name="flow" checked={flow === 'redirect'} onChange={() => setFlow('redirect')} /> In this tab (redirect)
        </label>
      </fieldset>
      <ResultError message={error} />
      <PopupOutcomeNotice outcome={popup.outcome} waiting={popup.waiting} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={started.fetching || popup.waiting}>
          Connect a Facebook user
        </button>
      </div>
    </form>
  );
}
