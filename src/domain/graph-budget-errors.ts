// Expected refusals of Graph-calling work by the gateway's own budgets (not by Facebook).
import { DomainError } from './errors.ts';

/** API_KEY: this key used its Graph allowance. APP_USAGE: the app is near Facebook's limit, and the rest is kept for the sweep. */
export type RateLimitScope = 'API_KEY' | 'APP_USAGE';

export class RateLimited extends DomainError {
  constructor(
    readonly scope: RateLimitScope,
    readonly retryAfterSeconds: number,
  ) {
    super(
      scope === 'API_KEY'
        ? `This API key has made as many Graph-calling requests as it may per minute. Try again in ${retryAfterSeconds} s.`
        : `The Facebook app is close to its Graph rate limit; what is left is kept for the health sweep. Try again in ${retryAfterSeconds} s.`,
    );
  }
}
