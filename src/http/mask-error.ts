import { GraphQLError } from 'graphql';
import { PothosValidationError } from '@pothos/core';
import type { Logger } from '../log.ts';

/**
 * Error channel 3: errors graphql-js raised itself (syntax, validation) and GraphQLErrors
 * our code threw on purpose, with an extensions.code, pass through; anything else is logged once,
 * with its stack, and the client sees only "Unexpected error." with code INTERNAL_SERVER_ERROR.
 */
export function maskUnexpectedError(error: unknown, message: string, log: Logger): Error {
  const located = error instanceof GraphQLError ? error : undefined;
  const original = located ? located.originalError : error;
  const withCode = (text: string, code: string) =>
    new GraphQLError(text, { nodes: located?.nodes, path: located?.path, extensions: { code } });
  if (located && !original) return located;
  if (original instanceof GraphQLError && original.extensions.code !== undefined) return located ?? original;
  // A malformed id in node(id) is the client's mistake, not ours.
  if (original instanceof PothosValidationError && original.message.startsWith('Invalid global ID')) {
    return withCode('Invalid global ID.', 'BAD_USER_INPUT');
  }
  log.error({ err: original }, 'unexpected error while resolving a request');
  return withCode(message, 'INTERNAL_SERVER_ERROR');
}
