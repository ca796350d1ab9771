import type { FacebookOAuthService } from '../services/authorizations/facebook-oauth.ts';
import type { ReconnectLinks } from '../services/kernel/reconnect-links.ts';
import { htmlPage, redirect } from './html-page.ts';

/** Opens a signed reconnect link: a fresh OAuth state, then the Facebook dialog with auth_type=rerequest. */
export function handleReconnect(url: URL, links: ReconnectLinks, oauth: FacebookOAuthService): Response {
  const authorizationId = links.verify(url.searchParams);
  const authorizeUrl = authorizationId ? oauth.startReconnect(authorizationId) : undefined;
  if (!authorizeUrl) {
    return htmlPage({
      status: 400,
      ok: false,
      title: 'This reconnect link no longer works',
      message: 'It has expired, was changed, or its authorization was deleted. Ask for a new link from the dashboard.',
    });
  }
  return redirect(302, authorizeUrl);
}
