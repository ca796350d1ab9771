import { DomainError } from './errors.ts';
import type { TokenState } from './token-state.ts';

/** The token no longer authenticates (EXPIRED, INVALIDATED or REVOKED), so Graph is not called with it. */
export class TokenNotUsable extends DomainError {
  constructor(readonly state: TokenState) {
    super(`The token is ${state}, so Facebook would refuse it. Renew it (its health issues say how), then try again.`);
  }
}
