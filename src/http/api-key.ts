import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Viewer } from '../services/api-keys/api-keys.ts';

const viewers = new WeakMap<Request, Viewer>();

const UNAUTHENTICATED_MESSAGE = 'A valid API key is required: send Authorization: Bearer <api key>';

/**
 * Checks the API key of every request that reaches it, before its body is read: without a valid key
 * the answer is 401 UNAUTHENTICATED, whatever the body holds. Routes that need no key (/healthz,
 * /readyz, /metrics, the OAuth pages, GraphiQL's page, CORS preflights) are answered by yoga's own
 * plugins or by plugins listed before this one; everything else, /graphql and any path yoga would
 * take for it, needs the key.
 */
export function useApiKey(deps: { authenticate(secret: string | undefined): Viewer | undefined }): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const viewer = deps.authenticate(bearerToken(request.headers.get('authorization')));
      if (viewer) viewers.set(request, viewer);
      else endResponse(unauthenticated(request, fetchAPI.Response));
    },
  };
}

/** The viewer that useApiKey found for this request; throws UNAUTHENTICATED when there is none. */
export function viewerOf(request: Request): Viewer {
  const viewer = viewers.get(request);
  if (!viewer) {
    throw new GraphQLError(UNAUTHENTICATED_MESSAGE, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  return viewer;
}

/** The 401 in the media type the client asked for, as yoga would have sent it: JSON, or one SSE event. */
function unauthenticated(request: Request, Response: typeof globalThis.Response): Response {
  const accept = request.headers.get('accept') ?? '';
  const result = JSON.stringify({ errors: [{ message: UNAUTHENTICATED_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } }] });
  const [type, body] = accept.includes('application/graphql-response+json')
    ? ['application/graphql-response+json', result]
    : accept.includes('text/event-stream') && !accept.includes('application/json')
      ? ['text/event-stream', `event: next\ndata: ${result}\n\nevent: complete\ndata:\n\n`]
      : ['application/json', result];
  return new Response(body, { status: 401, headers: { 'content-type': `${type}; charset=utf-8`, 'www-authenticate': 'Bearer' } });
}

function bearerToken(header: string | null): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
