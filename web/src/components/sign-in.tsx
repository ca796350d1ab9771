import type { FormEvent } from 'react';

/** Live mode: the API key is asked for once per tab and kept in sessionStorage. */
export function SignIn({ onSignIn }: { onSignIn: (key: string) => void }) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const key = String(new FormData(event.currentTarget).get('apiKey') ?? '').trim();
    if (key) onSignIn(key);
  };
  return (
    <main className="sign-in">
      <form className="card form" onSubmit={submit}>
        <h1>Sign in to adsauth</h1>
        <p className="muted">Enter an API key of your workspace. It is kept in this tab only, until you close it.</p>
        <label className="field">
          <span>API key</span>
          <input name="apiKey" type="password" required autoComplete="off" spellCheck={false} />
        </label>
        <div className="actions">
          <button type="submit" className="button button-primary">
            Sign in
          </button>
        </div>
      </form>
    </main>
  );
}
