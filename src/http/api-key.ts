import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Viewer } from '../services/api-keys.ts';

// Filled in by the hardening work: the key is checked before the body is parsed.
const viewers = new WeakMap<Request, Viewer>();

export function useApiKey(deps: { authenticate(secret: string | undefined): Viewer | undefined }): Plugin {
  return {
    onRequest({ request }) {
      const viewer = deps.authenticate(bearerToken(request.headers.get('authorization')));
      if (viewer) viewers.set(request, viewer);
    },
  };
}

/** The viewer that useApiKey found for this request; throws UNAUTHENTICATED when there is none. */
export function viewerOf(request: Request): Viewer {
  const viewer = viewers.get(request);
  if (!viewer) {
    throw new GraphQLError('A valid API key is required: send Authorization: Bearer <api key>', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return viewer;
}

function bearerToken(header: string | null): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
