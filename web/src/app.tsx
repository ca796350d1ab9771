import { useMemo, useState } from 'react';
import { Provider } from 'urql';
import { createApiClient } from './api/client';
import { forgetApiKey, sandboxApiKey, storedApiKey, storeApiKey } from './api/settings';
import { Layout } from './components/layout';
import { SignIn } from './components/sign-in';
import { AppPage } from './pages/app/app-page';
import { AuthorizationDetailPage } from './pages/authorization-detail/authorization-detail-page';
import { AuthorizationsPage } from './pages/authorizations/authorizations-page';
import { NewAuthorizationPage } from './pages/new-authorization/new-authorization-page';
import { WebhooksPage } from './pages/webhooks/webhooks-page';
import { useLocation } from './routing';

export function App() {
  const [apiKey, setApiKey] = useState(storedApiKey);
  const [notice, setNotice] = useState<string>();
  const client = useMemo(
    () =>
      apiKey
        ? createApiClient(apiKey, () => {
            // In sandbox mode the key is the gateway's own: nothing to sign in again with.
            if (sandboxApiKey) return;
            forgetApiKey();
            setApiKey(null);
            setNotice('The gateway no longer accepts that API key. Sign in with a valid one.');
          })
        : undefined,
    [apiKey],
  );
  if (!client) {
    return (
      <SignIn
        notice={notice}
        onSignIn={(key) => {
          storeApiKey(key);
          setNotice(undefined);
          setApiKey(key);
        }}
      />
    );
  }
  const signOut = sandboxApiKey
    ? undefined
    : () => {
        forgetApiKey();
        setApiKey(null);
      };
  return (
    <Provider value={client}>
      <Layout sandbox={Boolean(sandboxApiKey)} onSignOut={signOut}>
        <Page />
      </Layout>
    </Provider>
  );
}

function Page() {
  const { pathname } = useLocation();
  const path = pathname.replace(/\/$/, '') || '/';
  if (path === '/' || path === '/authorizations') return <AuthorizationsPage />;
  if (path === '/authorizations/new') return <NewAuthorizationPage />;
  if (path === '/app') return <AppPage />;
  if (path === '/webhooks') return <WebhooksPage />;
  const detail = /^\/authorizations\/([^/]+)$/.exec(path);
  if (detail) return <AuthorizationDetailPage key={detail[1]} id={decodeURIComponent(detail[1]!)} />;
  return <h1>Page not found</h1>;
}
