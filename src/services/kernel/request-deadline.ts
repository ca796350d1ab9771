// The deadline that all the Graph work of one GraphQL request shares. The signal is made on first use,
// so a request that never calls Graph sets no timer, but it always counts from the request's start.
import { setMaxListeners } from 'node:events';

/** Graph calls of one request in flight at once (aliased fields run concurrently), each listening to the signal. */
const MAX_CONCURRENT_CALLS = 100;

export function requestDeadline(ms: number): { readonly signal: AbortSignal } {
  const startedAt = performance.now();
  let signal: AbortSignal | undefined;
  return {
    get signal() {
      if (!signal) {
        signal = AbortSignal.timeout(Math.max(0, Math.ceil(ms - (performance.now() - startedAt))));
        setMaxListeners(MAX_CONCURRENT_CALLS, signal);
      }
      return signal;
    },
  };
}
