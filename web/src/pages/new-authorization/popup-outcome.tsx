import { ResultError, Success } from '../../components/notices';
import { authorizationPath, Link } from '../../routing';
import { oauthErrorMessage } from './oauth-error-messages';
import type { PopupOutcome } from './use-oauth-popup';

export function PopupOutcomeNotice({ outcome, waiting }: { outcome: PopupOutcome | undefined; waiting: boolean }) {
  if (waiting)
    return (
      <p className="notice" role="status">
        Waiting for Facebook… finish in the window that opened.
      </p>
    );
  if (!outcome) return null;
  if (outcome.kind === 'closed') return <ResultError message="The Facebook window was closed before the connection finished." />;
  if (outcome.kind === 'failed') return <ResultError message={oauthErrorMessage(outcome.error)} />;
  return (
    <Success>
      {outcome.message} <Link to={authorizationPath(outcome.authorizationId)}>Open the authorization</Link>
    </Success>
  );
}
