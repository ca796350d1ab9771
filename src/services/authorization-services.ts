// Wires the authorization use cases to their repositories: one call from the composition root.
import type { Db } from '../../db/client.ts';
import type { Clock } from '../clock.ts';
import type { EncryptionKeySetting } from '../config.ts';
import type { GraphApi } from '../graph/graph-api.ts';
import { createAuthorizationRepository } from '../repositories/authorizations.ts';
import { createOAuthStateRepository } from '../repositories/oauth-states.ts';
import { createTransactionRunner } from '../repositories/transaction.ts';
import { createAuthorizationService } from './authorizations.ts';
import { createFacebookOAuthService, type OAuthSettings } from './facebook-oauth.ts';
import { createReconnectLinks, deriveLinkSigningKey } from './reconnect-links.ts';
import { createSystemUserTokenService } from './system-user-tokens.ts';
import { createTokenCipher } from './token-cipher.ts';
import { nothingAfterTokenStored, type AfterTokenStored } from './after-token-stored.ts';

export function createAuthorizationServices(deps: {
  db: Db;
  graph: GraphApi;
  clock: Clock;
  encryptionKeys: readonly EncryptionKeySetting[];
  oauth: OAuthSettings;
  /** Runs after a token is stored or re-checked by a person's request (the ad-account sync). */
  afterTokenStored?: AfterTokenStored;
}) {
  const { graph, clock } = deps;
  const cipher = createTokenCipher(deps.encryptionKeys);
  const authorizations = createAuthorizationRepository(deps.db);
  const transaction = createTransactionRunner(deps.db);
  const expiryWarningDays = deps.oauth.expiryWarningDays;
  const afterTokenStored = deps.afterTokenStored ?? nothingAfterTokenStored;
  return {
    clock,
    authorizations: createAuthorizationService({ graph, clock, expiryWarningDays, authorizations, cipher, transaction, afterTokenStored }),
    facebookOAuth: createFacebookOAuthService({
      graph,
      clock,
      settings: deps.oauth,
      authorizations,
      oauthStates: createOAuthStateRepository(deps.db),
      cipher,
      transaction,
      afterTokenStored,
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
    }),
    reconnectLinks: createReconnectLinks({
      baseUrl: new URL(deps.oauth.redirectUri).origin,
      signingKey: deriveLinkSigningKey(deps.encryptionKeys[0]!.key),
      clock,
    }),
  };
}
