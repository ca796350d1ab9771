import type { Plugin } from 'graphql-yoga';

/** No GraphQL request of adsauth's needs more than a few kilobytes; the token limit does the fine work. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Refuses a declared body over MAX_BODY_BYTES with 413 before anything reads it. */
export function useBodyLimit(): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const declared = Number(request.headers.get('content-length') ?? 0);
      if (!(declared > MAX_BODY_BYTES)) return;
      const error = { message: `The request body is over ${MAX_BODY_BYTES} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } };
      endResponse(Response.json({ errors: [error] }, { status: 413, headers: { connection: 'close' } }));
    },
  };
}
