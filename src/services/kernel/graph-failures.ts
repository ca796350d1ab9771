import { GraphUnavailable } from '../../domain/authorization-errors.ts';
import { GraphError } from '../../graph/errors.ts';

/** A Graph failure in the middle of a use case becomes a typed GraphUnavailable; anything else is rethrown. */
export function rethrowGraphFailure(error: unknown): never {
  if (error instanceof GraphError) {
    const retryable = error.errorClass === 'TRANSIENT' || error.errorClass === 'THROTTLE';
    const code = error.code === undefined ? '' : ` (code ${error.code}${error.subcode ? `/${error.subcode}` : ''})`;
    throw new GraphUnavailable(retryable, `${error.message}${code}${retryable ? ' Try again in a moment.' : ''}`);
  }
  throw error;
}
