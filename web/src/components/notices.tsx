import type { CombinedError } from 'urql';
import { gatewayWords, isUnauthenticated } from '../api/request-error';

/** A request that failed as a whole (network, key refused): said plainly, with the gateway's words. */
export function RequestError({ error }: { error: CombinedError | undefined }) {
  if (!error) return null;
  return (
    <p className="notice notice-error" role="alert">
      {isUnauthenticated(error) ? 'The API key was refused. Sign out and enter a valid key.' : gatewayWords(error)}
    </p>
  );
}

/** An expected failure from a result union (`… on Error { message }`). */
export function ResultError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="notice notice-error" role="alert">
      {message}
    </p>
  );
}

export function Success({ children }: { children: React.ReactNode }) {
  return (
    <p className="notice notice-success" role="status">
      {children}
    </p>
  );
}
