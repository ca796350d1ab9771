import { useEffect } from 'react';
import { ResultError } from '../../components/notices';
import { authorizationPath, navigate } from '../../routing';
import { oauthErrorMessage } from './oauth-error-messages';

/** The redirect flow comes back here with `authorizationId` or `error` (the callback's returnTo). */
export function RedirectResult({ params }: { params: URLSearchParams }) {
  const authorizationId = params.get('authorizationId');
  const error = params.get('error');
  useEffect(() => {
    if (authorizationId) navigate(authorizationPath(authorizationId), { replace: true });
  }, [authorizationId]);
  if (!error) return null;
  return <ResultError message={oauthErrorMessage(error)} />;
}
