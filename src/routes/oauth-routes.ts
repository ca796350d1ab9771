import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../log.ts';
import type { FacebookOAuthService } from '../services/authorizations/facebook-oauth.ts';
import { RECONNECT_PATH, type ReconnectLinks } from '../services/kernel/reconnect-links.ts';
import { CALLBACK_PATH, handleOAuthCallback } from './oauth-callback.ts';
import { handleReconnect } from './oauth-reconnect.ts';

/** The browser-facing OAuth routes, served by the same yoga instance (no API key: the state or signature is the proof). */
export function useOAuthRoutes(deps: { oauth: FacebookOAuthService; reconnectLinks: ReconnectLinks; log: Logger }): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET') return;
      if (url.pathname === CALLBACK_PATH || url.pathname === CALLBACK_PATH.slice(0, -1)) {
        endResponse(await handleOAuthCallback(url, deps.oauth, deps.log));
      } else if (url.pathname === RECONNECT_PATH || url.pathname === RECONNECT_PATH.slice(0, -1)) {
        endResponse(handleReconnect(url, deps.reconnectLinks, deps.oauth));
      }
    },
  };
}
