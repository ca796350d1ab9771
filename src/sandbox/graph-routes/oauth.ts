// GET|POST /oauth/access_token: code exchange (docs/graph-api.md "Code exchange"), long-lived exchange and the 60-day
// system-user refresh (docs/graph-api.md "Long-lived tokens", "System-user tokens"), and client_credentials (the app token).
import { fail, GraphFailure } from '../errors.ts';
import type { GraphReply, RouteContext } from '../graph-context.ts';
import { CODE_LIFETIME_MS } from '../token-registry.ts';
import { tokenProblem, tokenProblemMessage, type TokenRecord } from '../tokens.ts';
import { DAY_SECONDS } from '../world.ts';

const SIXTY_DAYS = 60 * DAY_SECONDS;

export function accessTokenRoute(ctx: RouteContext): GraphReply {
  try {
    return { body: exchange(ctx) };
  } catch (error) {
    // Token-endpoint errors also carry WWW-Authenticate (docs/graph-api.md "Requests and responses").
    if (error instanceof GraphFailure) {
      const kind = error.subcode !== undefined && error.subcode >= 36000 && error.subcode < 37000 ? 'invalid_code' : 'invalid_request';
      error.withHeaders({ 'WWW-Authenticate': `OAuth "Facebook Platform" "${kind}" "${error.message.replace(/["\\]/g, '')}"` });
    }
    throw error;
  }
}

function exchange(ctx: RouteContext): Record<string, unknown> {
  const { world, params } = ctx;
  const { app } = world;
  if (!params.client_id) throw new GraphFailure(101, 'Missing client_id parameter.');
  if (params.client_id !== app.id) throw new GraphFailure(101, 'Error validating application. Invalid application ID.');
  if (!params.client_secret) throw new GraphFailure(100, 'Missing client_secret parameter.');
  if (params.client_secret !== app.secret) throw new GraphFailure(100, 'Error validating client secret.');

  if (params.grant_type === 'client_credentials') return { access_token: `${app.id}|${app.secret}`, token_type: 'bearer' };
  if (params.grant_type === 'fb_exchange_token') return longLived(ctx);

  if (!params.redirect_uri) throw new GraphFailure(100, 'Missing redirect_uri parameter.');
  if (!params.code) throw new GraphFailure(100, 'Missing code parameter.');
  const code = world.registry.code(params.code);
  if (!code) throw new GraphFailure(100, 'Invalid verification code format.');
  if (code.used) throw new GraphFailure(100, 'This authorization code has been used.', { subcode: 36009 });
  if (world.nowMs() - code.createdAtMs > CODE_LIFETIME_MS) {
    throw new GraphFailure(100, 'This authorization code has expired.', { subcode: 36007 });
  }
  if (params.redirect_uri !== code.redirectUri) {
    // subcode 36008 is UNVERIFIED (docs/graph-api.md "Code exchange"); the message is Graph's
    throw new GraphFailure(
      100,
      'Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request',
      { subcode: 36008 },
    );
  }
  code.used = true;
  if (code.integration) {
    // A business integration system user (BISU) token: it never expires, so the answer has no expires_in.
    const bisu = world.createToken({
      type: 'SYSTEM_USER',
      userId: code.integration.systemUserId,
      scopes: code.scopes,
      expiresInSeconds: 0,
      appId: code.integration.appId,
      clientBusinessId: code.integration.businessId,
      assetIds: world.integrations.integration(code.integration.businessId)?.assetIds ?? [],
    });
    return grant(ctx, bisu.accessToken, bisu.expiresAt);
  }
  const token = world.createToken({
    type: 'USER',
    userId: code.userId,
    // everything the user has granted the app so far, including this dialog's answers
    scopes: world.registry.grantsOf(code.userId, 'granted'),
    declinedScopes: world.registry.grantsOf(code.userId, 'declined'),
    expiresInSeconds: SIXTY_DAYS,
  });
  return grant(ctx, token.accessToken, token.expiresAt);
}

function longLived(ctx: RouteContext): Record<string, unknown> {
  const { world, params } = ctx;
  if (!params.fb_exchange_token) throw new GraphFailure(100, 'Missing fb_exchange_token parameter.');
  const input: TokenRecord | undefined = world.registry.get(params.fb_exchange_token);
  if (!input) throw fail.cannotParseToken();
  if (input.appId !== world.app.id) throw fail.param('The access token was not issued to this application');
  const problem = tokenProblem(input, world.nowSec());
  if (problem !== undefined) throw fail.invalidToken(problem, tokenProblemMessage(problem, input, world.nowMs()));

  // USER: a new 60-day token. SYSTEM_USER: a 60-day token counted from now when asked for or when the
  // input already expires (docs/graph-api.md "System-user tokens"), else another never-expiring one. PAGE: never expires ("Token lifetimes").
  const sixtyDays =
    input.type === 'USER' || (input.type === 'SYSTEM_USER' && (params.set_token_expires_in_60_days === 'true' || input.expiresAt !== 0));
  const token = world.createToken({
    type: input.type as 'USER' | 'SYSTEM_USER' | 'PAGE',
    userId: input.userId!,
    scopes: input.scopes,
    declinedScopes: input.declinedScopes,
    expiresInSeconds: sixtyDays ? SIXTY_DAYS : 0,
  });
  // data access runs from the user's last consent, not from the exchange (docs/graph-api.md "Token lifetimes")
  world.registry.get(token.accessToken)!.dataAccessExpiresAt = input.dataAccessExpiresAt;
  return grant(ctx, token.accessToken, token.expiresAt);
}

function grant(ctx: RouteContext, accessToken: string, expiresAt: number): Record<string, unknown> {
  const body: Record<string, unknown> = { access_token: accessToken, token_type: 'bearer' };
  if (expiresAt !== 0) body.expires_in = expiresAt - ctx.world.nowSec();
  return body;
}
