// The authorization use cases (OAuth, system-user tokens, status checks), wired to their repositories.
import { createAuthorizationRepository } from '../../repositories/authorizations.ts';
import { createOAuthStateRepository } from '../../repositories/oauth-states.ts';
import { createTransactionRunner } from '../../repositories/transaction.ts';
import type { Kernel } from '../kernel/module.ts';
import type { AfterTokenStored } from './after-token-stored.ts';
import type { AuthorizationHealth } from './authorization-health.ts';
import { createAuthorizationService } from './authorizations.ts';
import { createFacebookOAuthService, type OAuthSettings } from './facebook-oauth.ts';
import { createSystemUserTokenService, type SystemUserRegistrationWarnings } from './system-user-tokens.ts';
import { createTokenChecker } from './token-checker.ts';

export function createAuthorizationModule(
  kernel: Kernel,
  deps: {
    oauth: OAuthSettings;
    /** ADSAUTH_MIN_RECHECK_SECONDS: tokenStatus asks Facebook about one authorization at most this often. */
    minRecheckSeconds: number;
    /** The ad-account sync, which runs after a token is stored or re-checked by a person's request. */
    afterTokenStored: AfterTokenStored;
    /** Warnings for registerSystemUserToken about the token's business (system-user limits). */
    registrationWarnings: SystemUserRegistrationWarnings;
    /** Health as Authorization.health shows it: the checks record its changes. */
    health: AuthorizationHealth;
  },
) {
  const { graph, clock, cipher, recorder } = kernel;
  const authorizations = createAuthorizationRepository(kernel.db);
  const transaction = createTransactionRunner(kernel.db);
  const expiryWarningDays = deps.oauth.expiryWarningDays;
  const { afterTokenStored } = deps;
  const health = deps.health.of;
  const checker = createTokenChecker({ graph, clock, expiryWarningDays, authorizations, cipher, transaction, recorder, health });
  return {
    checker,
    authorizations: createAuthorizationService({
      graph,
      clock,
      expiryWarningDays,
      authorizations,
      cipher,
      transaction,
      afterTokenStored,
      checker,
      recorder,
      minRecheckSeconds: deps.minRecheckSeconds,
    }),
    facebookOAuth: createFacebookOAuthService({
      graph,
      clock,
      settings: deps.oauth,
      authorizations,
      oauthStates: createOAuthStateRepository(kernel.db),
      cipher,
      transaction,
      afterTokenStored,
      recorder,
      health,
    }),
    systemUserTokens: createSystemUserTokenService({
      graph,
      clock,
      appId: deps.oauth.appId,
      expiryWarningDays,
      authorizations,
      cipher,
      transaction,
      afterTokenStored,
      recorder,
      health,
      registrationWarnings: deps.registrationWarnings,
    }),
  };
}
