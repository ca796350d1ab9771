import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The codes of errors the client caused; the operation limits' codes carry their own status already. */
const CLIENT_ERROR_CODES = new Set(['BAD_USER_INPUT', 'BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

/**
 * A response without data whose every error is the client's is a 400 under
 * application/graphql-response+json (yoga already does this for parse and validation errors; this
 * adds variable coercion, bad ids and other BAD_USER_INPUT). A response with data stays 200, as the
 * GraphQL-over-HTTP spec requires, and application/json stays 200 as the spec recommends (`spec: true`).
 */
export function useClientErrorStatus(): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!isSingleResult(result) || result.data != null || !result.errors?.length) return;
      if (!result.errors.every((error) => CLIENT_ERROR_CODES.has(String(error.extensions?.code)))) return;
      setResult({ ...result, errors: result.errors.map(asBadRequest) });
    },
  };
}

function isSingleResult(result: unknown): result is ExecutionResult {
  return typeof result === 'object' && result !== null && !Array.isArray(result) && !(Symbol.asyncIterator in result);
}

function asBadRequest(error: GraphQLError): GraphQLError {
  if (error.extensions?.http) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, http: { status: 400, spec: true } },
  });
}
