import type { CORSOptions } from 'graphql-yoga';

/**
 * CORS by allow-list (ADSAUTH_CORS_ORIGINS): an exact origin from the list gets the Access-Control
 * headers, any other origin gets none, so a browser keeps the response from that page. The GraphiQL
 * page is never shared cross-origin, because in sandbox mode it embeds an API key.
 */
export function corsOptions(origins: readonly string[]): (request: Request) => CORSOptions {
  const allowed = new Set(origins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin) || isPageRequest(request)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'accept'],
      maxAge: 600,
    };
  };
}

/** What yoga answers with GraphiQL: a GET that accepts HTML. */
function isPageRequest(request: Request): boolean {
  return request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');
}
