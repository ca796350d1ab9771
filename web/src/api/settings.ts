// What the gateway tells the page through <meta> tags (src/routes/dashboard-routes.ts): no inline script.

function meta(name: string): string | null {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? null;
}

/** Sandbox mode only: the gateway's sandbox API key, so the dashboard opens signed in. */
export const sandboxApiKey = meta('adsauth-sandbox-api-key');

/** The gateway runs only trusted documents (ADSAUTH_TRUSTED_DOCUMENTS): send hashes, not documents. */
export const trustedDocuments = meta('adsauth-trusted-documents') === 'true';

const STORAGE_KEY = 'adsauth.apiKey';

/** Live mode keeps the key for this tab only: sessionStorage, never localStorage or a cookie. */
export function storedApiKey(): string | null {
  return sandboxApiKey ?? sessionStorage.getItem(STORAGE_KEY);
}

export function storeApiKey(key: string): void {
  sessionStorage.setItem(STORAGE_KEY, key);
}

export function forgetApiKey(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
