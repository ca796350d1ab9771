import type { Plugin } from 'graphql-yoga';
import { pageSecurityHeaders } from './page-security.ts';

/**
 * Headers on every response: no MIME sniffing, no Referer. An HTML page that did not set its own
 * policy (GraphiQL, or any page yoga renders) gets the strict page headers; responses that may
 * carry CORS headers vary by Origin.
 */
export function useSecurityHeaders(options: { graphiqlHeaders?: () => Promise<Record<string, string> | undefined> } = {}): Plugin {
  return {
    async onResponse({ request, response }) {
      response.headers.set('x-content-type-options', 'nosniff');
      response.headers.set('referrer-policy', 'no-referrer');
      if (request.headers.has('origin')) response.headers.append('vary', 'Origin');
      const isHtml = (response.headers.get('content-type') ?? '').startsWith('text/html');
      if (!isHtml || response.headers.has('content-security-policy')) return;
      const headers = (await options.graphiqlHeaders?.()) ?? pageSecurityHeaders();
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    },
  };
}
