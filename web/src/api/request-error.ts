import type { CombinedError } from 'urql';

/** The gateway refused the key itself (not a network failure, nor a refused operation). */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  return Boolean(error && (error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')));
}

/** The gateway's own words, without the "[GraphQL] " or "[Network] " tag urql puts before them. */
export function gatewayWords(error: CombinedError): string {
  return error.message.replace(/^\[\w+\] /, '');
}
