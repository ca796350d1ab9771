// Wires the authorization use cases to their repositories: one call from the composition root.
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../clock.ts';
import type { EncryptionKeySetting } from '../../config.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import { createAuthorizationRepository } from '../../repositories/authorizations.ts';
import { createOAuthStateRepository } from '../../repositories/oauth-states.ts';
import { createTransactionRunner } from '../../repositories/transaction.ts';
import { createAuthorizationService } from './authorizations.ts';
import { createFacebookOAuthService, type OAuthSettings } from './facebook-oauth.ts';
import { createReconnectLinks, deriveLinkSigningKey } from '../kernel/reconnect-links.ts';
import { createSystemUserTokenService, type SystemUserRegistrationWarnings } from './system-user-tokens.ts';
import { createTokenCipher } from '../kernel/token-cipher.ts';
import { nothingAfterTokenStored, type AfterTokenStored } from './after-token-stored.ts';
import { createDeliveryRepository } from '../../repositories/deliveries.ts';
import { createEventRepository } from '../../repositories/events.ts';
import { createWebhookRepository } from '../../repositories/webhooks.ts';
import { createEventRecorder } from '../kernel/event-recorder.ts';
import { createTokenChecker } from './token-checker.ts';

export function createAuthorizationServices(deps: {
  db: Db;
  graph: GraphApi;
  clock: Clock;
  encryptionKeys: readonly EncryptionKeySetting[];
  oauth: OAuthSettings;
  /** Runs after a token is stored or re-checked by a person's request (the ad-account sync). */
  afterTokenStored?: AfterTokenStored;
  /** Warnings for registerSystemUserToken about the token's business (system-user limits). */
  registrationWarnings?: SystemUserRegistrationWarnings;
  /** ADSAUTH_MIN_RECHECK_SECONDS: tokenStatus asks Facebook about one authorization at most this often. */
  minRecheckSeconds: number;
}) {
  const { graph, clock } = deps;
  const cipher = createTokenCipher(deps.encryptionKeys);
  const authorizations = createAuthorizationRepository(deps.db);
  const transaction = createTransactionRunner(deps.db);
  const expiryWarningDays = deps.oauth.expiryWarningDays;
  const afterTokenStored = deps.afterTokenStored ?? nothingAfterTokenStored;
  const recorder = createEventRecorder({
    events: createEventRepository(deps.db),
    deliveries: createDeliveryRepository(deps.db),
    webhooks: createWebhookRepository(deps.db),
    clock,
  });
  const checker = createTokenChecker({ graph, clock, expiryWarningDays, authorizations, cipher, transaction, recorder });
  return {
    clock,
    cipher,
    recorder,
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
      oauthStates: createOAuthStateRepository(deps.db),
      cipher,
      transaction,
      afterTokenStored,
      recorder,
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
      registrationWarnings: deps.registrationWarnings,
    }),
    reconnectLinks: createReconnectLinks({
      baseUrl: gatewayBaseUrl(deps.oauth.redirectUri),
      signingKey: deriveLinkSigningKey(deps.encryptionKeys[0]!.key),
      clock,
    }),
  };
}

/** The gateway's public base, from the callback URL: https://host/prefix/oauth/facebook/callback/ → https://host/prefix/ */
function gatewayBaseUrl(redirectUri: string): string {
  const url = new URL(redirectUri);
  const prefix = url.pathname.replace(/oauth\/facebook\/callback\/?$/, '');
  return `${url.origin}${prefix.endsWith('/') ? prefix : `${prefix}/`}`;
}
