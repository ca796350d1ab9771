// GET /debug_token (docs/graph-api.md "debug_token"): the app token inspects any token. A bad input token is not an
// HTTP error: 200 with is_valid:false and data.error{code,message,subcode} (docs/graph-api.md "debug_token examples" fixtures).
import { fail } from '../errors.ts';
import type { GraphReply, RouteContext } from '../graph-context.ts';
import { tokenProblem, tokenProblemMessage, type TokenRecord } from '../tokens.ts';

export function debugTokenRoute(ctx: RouteContext): GraphReply {
  if (ctx.request.method === 'POST') throw fail.unsupportedPost();
  if (ctx.request.method !== 'GET') throw fail.unsupported(ctx.request.method, 'debug_token');
  const { app, registry } = ctx.world;
  // An `id|secret` that is not this app's token (e.g. a wrong secret) is the docs/graph-api.md "debug_token request" error, not a 190.
  const caller = ctx.accessToken();
  if (caller?.includes('|') && caller !== `${app.id}|${app.secret}`) throw fail.appTokenRequired();
  if (ctx.auth().kind !== 'app') throw fail.appTokenRequired();
  const input = ctx.params.input_token;
  if (!input) throw fail.param('The parameter input_token is required');

  if (input === `${app.id}|${app.secret}`) {
    return { body: { data: { app_id: app.id, type: 'APP', application: app.name, is_valid: true, scopes: [] } } };
  }
  const record = input.includes('|') ? undefined : registry.get(input);
  if (!record) {
    const message = input.includes('|')
      ? 'Error validating application. Cannot get application info due to a system error.'
      : 'Invalid OAuth access token - Cannot parse access token';
    return { body: { data: { error: { code: 190, message }, is_valid: false, scopes: [] } } };
  }
  return { body: { data: describe(ctx, record) } };
}

function describe(ctx: RouteContext, token: TokenRecord): Record<string, unknown> {
  const { app } = ctx.world;
  const problem = tokenProblem(token, ctx.world.nowSec());
  // An expired token still lists its scopes; an invalidated one lists none ([S8] fixtures).
  const scopes = problem === undefined || problem === 463 ? token.scopes : [];
  return {
    app_id: token.appId,
    type: token.type,
    application: token.appId === app.id ? app.name : `App ${token.appId}`,
    data_access_expires_at: token.dataAccessExpiresAt,
    expires_at: token.expiresAt,
    is_valid: problem === undefined,
    issued_at: token.issuedAt,
    ...(token.profileId === undefined ? {} : { profile_id: token.profileId }),
    scopes,
    granular_scopes: scopes.map((scope) => granularScope(token, scope)),
    user_id: token.userId,
    ...(problem === undefined
      ? {}
      : { error: { code: 190, message: tokenProblemMessage(problem, token, ctx.world.nowMs()), subcode: problem } }),
  };
}

/** A BISU token names its delegated assets per scope: ad accounts for the ads scopes, the business for business_management (OBS). */
function granularScope(token: TokenRecord, scope: string): Record<string, unknown> {
  if (!token.assetIds || !token.clientBusinessId) return { scope };
  if (scope === 'business_management') return { scope, target_ids: [token.clientBusinessId] };
  if (scope === 'ads_management' || scope === 'ads_read') return { scope, target_ids: token.assetIds };
  return { scope };
}
