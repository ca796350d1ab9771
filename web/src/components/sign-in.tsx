import { useState, type FormEvent } from 'react';
import { checkApiKey } from '../api/sign-in-check';

/** Live mode: the API key is asked for once per tab, checked with the gateway, and kept in sessionStorage. */
export function SignIn({ onSignIn, notice }: { onSignIn: (key: string) => void; notice?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const key = String(new FormData(event.currentTarget).get('apiKey') ?? '').trim();
    if (!key) return;
    setChecking(true);
    const refusal = await checkApiKey(key);
    setChecking(false);
    if (refusal) setError(refusal);
    else onSignIn(key);
  };
  return (
    <main className="sign-in">
      <form className="card form" onSubmit={submit}>
        <h1>Sign in to adsauth</h1>
        <p className="muted">Enter an API key of your workspace. It is kept in this tab only, until you close it.</p>
        {(error ?? notice) && (
          <p className="notice notice-error" role="alert">
            {error ?? notice}
          </p>
        )}
        <label className="field">
          <span>API key</span>
          <input name="apiKey" type="password" required autoComplete="off" spellCheck={false} aria-invalid={Boolean(error)} />
        </label>
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={checking}>
            {checking ? 'Checking…' : 'Sign in'}
          </button>
        </div>
      </form>
    </main>
  );
}
