import { GraphQLError } from 'graphql';
import { PothosValidationError } from '@pothos/core';
import type { Logger } from '../log.ts';

/**
 * Every error on its way to the client passes here. What the client caused comes back as the
 * client's: with its code, or as BAD_USER_INPUT; anything else is a defect, logged once with its
 * stack, and the client sees only "Unexpected error." with code INTERNAL_SERVER_ERROR.
 */
export function maskUnexpectedError(error: unknown, message: string, log: Logger): Error {
  const located = error instanceof GraphQLError ? error : undefined;
  const original = located ? located.originalError : error;
  // graphql-jit's errors (src/http/compiled-execution.ts) leave extensions undefined when they have none.
  if (located && located.extensions?.code !== undefined) return withoutEcho(located);
  if (original instanceof GraphQLError && original.extensions?.code !== undefined) return located ?? original;
  // The executor's own request errors, found before any resolver ran (no path): variables missing or
  // not coercing (wrong type, unknown input field, bad enum value).
  if (located && !located.path && (!original || original instanceof GraphQLError)) {
    return clientError(located, located.message);
  }
  const badId = badGlobalId(original);
  if (located && badId) return clientError(located, badId);
  log.error({ err: original }, 'unexpected error while resolving a request');
  return new GraphQLError(message, { nodes: located?.nodes, path: located?.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/** Messages quote variable values; a long one is cut so that a request is never reflected whole. */
const MAX_MESSAGE_LENGTH = 300;

/** The executor's `http` is left behind: useClientErrorStatus gives a client error its status. */
function clientError(located: GraphQLError, text: string): GraphQLError {
  const message = text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
  return new GraphQLError(message, { nodes: located.nodes, path: located.path, extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * yoga copies the JSON parser's message, which quotes the body, into extensions.originalError. Without
 * it yoga would take the error for a GraphQL request error and answer 200 under application/json; a
 * body that is not JSON is no GraphQL request, so its 400 stands under any Accept (spec: false).
 */
function withoutEcho(error: GraphQLError): GraphQLError {
  if (!('originalError' in error.extensions)) return error;
  const { originalError: _echo, http, ...extensions } = error.extensions as { originalError?: unknown; http?: object };
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    path: error.path,
    extensions: { ...extensions, http: { ...http, spec: false } },
  });
}

/**
 * What Pothos's relay plugin throws for an id the client sent: not base64 `Type:id`, or the id of
 * another type than the argument takes. (node(id) refuses ids of types it cannot load itself: see
 * src/graphql/builder.ts.) The message never quotes the id.
 */
function badGlobalId(original: unknown): string | undefined {
  if (!(original instanceof PothosValidationError)) return undefined;
  if (original.message.startsWith('Invalid global ID')) return 'Invalid global ID.';
  const expected = / is not of type: ([\w, ]+)$/.exec(original.message)?.[1];
  return expected ? `The id is not the id of ${expected.split(', ').join(' or ')}.` : undefined;
}
