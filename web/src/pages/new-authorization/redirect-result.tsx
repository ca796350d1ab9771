import { useEffect } from 'react';
import { ResultError } from '../../components/notices';
import { authorizationPath, navigate } from '../../routing';

const ERRORS: Record<string, string> = {
  access_denied: 'You cancelled at Facebook; nothing was saved.',
  invalid_state: 'The connection took too long or was already used. Start again.',
  missing_permissions: 'Facebook did not grant the permissions needed. Start again and keep them ticked.',
};

/** The redirect flow comes back here with `authorizationId` or `error` (the callback's returnTo). */
export function RedirectResult({ params }: { params: URLSearchParams }) {
  const authorizationId = params.get('authorizationId');
  const error = params.get('error');
  useEffect(() => {
    if (authorizationId) navigate(authorizationPath(authorizationId), { replace: true });
  }, [authorizationId]);
  if (!error) return null;
  return <ResultError message={ERRORS[error] ?? `Facebook connection failed (${error}). Start again.`} />;
}
