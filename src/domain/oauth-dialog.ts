// docs/graph-api.md "OAuth dialog": the Facebook Login dialog URL, and which return URLs the gateway may redirect to.

/**
 * What the dialog asks for: scopes (plain Facebook Login), a user-token configuration of Login for
 * Business (config_id replaces scope), or a system-user configuration, which also needs
 * override_default_response_type=true to yield a business integration system-user token.
 */
export type DialogRequest =
  | { kind: 'scopes'; scopes: readonly string[] }
  | { kind: 'userConfiguration'; configId: string }
  | { kind: 'systemUserConfiguration'; configId: string };

export function dialogUrl(input: {
  dialogBaseUrl: string;
  version: string;
  appId: string;
  redirectUri: string;
  request: DialogRequest;
  state: string;
  rerequest: boolean;
  /**
   * The Facebook user id to preselect in the Graph sandbox's dialog (its `sandbox_user` parameter).
   * Only for the sandbox: Facebook's dialog has no such parameter, so live URLs never carry it.
   */
  sandboxUser?: string | undefined;
}): string {
  const { request } = input;
  const url = new URL(`${input.dialogBaseUrl}/${input.version}/dialog/oauth`);
  url.searchParams.set('client_id', input.appId);
  // Sent exactly as configured (with its trailing slash): the code exchange must repeat it.
  url.searchParams.set('redirect_uri', input.redirectUri);
  if (request.kind === 'scopes') url.searchParams.set('scope', request.scopes.join(','));
  else url.searchParams.set('config_id', request.configId);
  url.searchParams.set('state', input.state);
  url.searchParams.set('response_type', 'code');
  if (request.kind === 'systemUserConfiguration') url.searchParams.set('override_default_response_type', 'true');
  if (input.rerequest) url.searchParams.set('auth_type', 'rerequest');
  if (input.sandboxUser) url.searchParams.set('sandbox_user', input.sandboxUser);
  return url.toString();
}

/** Where the dashboard's redirect flow comes back to, on the gateway's own origin (web/src/pages/new-authorization). */
export const DASHBOARD_RETURN_PATH = '/authorizations/new';

/**
 * The return URLs the gateway accepts: the configured ones and, while it serves the dashboard, the
 * dashboard's own page on the gateway's origin (the origin of the OAuth redirect URI, which is the gateway's).
 */
export function allowedReturnUrls(configured: readonly string[], dashboard: { served: boolean; redirectUri: string }): readonly string[] {
  return dashboard.served ? [...configured, new URL(DASHBOARD_RETURN_PATH, dashboard.redirectUri).href] : configured;
}

/**
 * A return URL is allowed when it equals an allowed entry or lies below it: same origin, and a path
 * under the entry's path. Prefix matching on whole path segments, so https://app.example.com does
 * not allow https://app.example.com.evil.test.
 */
export function isAllowedReturnUrl(candidate: string, allowed: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password) return false;
  return allowed.some((entry) => {
    let base: URL;
    try {
      base = new URL(entry);
    } catch {
      return false;
    }
    if (base.origin !== url.origin) return false;
    const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
    return url.pathname === base.pathname || url.pathname.startsWith(basePath);
  });
}
