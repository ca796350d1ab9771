import type { ReactNode } from 'react';
import { Link, useLocation } from '../routing';

const NAV = [
  { to: '/', label: 'Authorizations', active: (path: string) => path === '/' || path.startsWith('/authorizations') },
  { to: '/app', label: 'App', active: (path: string) => path === '/app' },
  { to: '/webhooks', label: 'Webhooks', active: (path: string) => path === '/webhooks' },
];

export function Layout({ sandbox, onSignOut, children }: { sandbox: boolean; onSignOut?: () => void; children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            a
          </span>
          adsauth
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item.active(pathname) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="topbar-end">
          {sandbox && (
            <span className="badge badge-sandbox" title="Graph calls go to the local Graph sandbox, not to Facebook">
              Sandbox
            </span>
          )}
          {onSignOut && (
            <button type="button" className="button button-quiet" onClick={onSignOut}>
              Sign out
            </button>
          )}
        </div>
      </header>
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
