// Login for Business on Graph (docs/login-for-business.md): POST /{client-business-id}/system_user_access_tokens
// with a BISU token, and the app's webhook subscriptions, GET|POST /{app-id}/subscriptions with the app token.
import { fail, GraphFailure } from '../errors.ts';
import type { GraphReply, RouteContext } from '../graph-context.ts';
import { DAY_SECONDS } from '../world.ts';

const list = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function systemUserAccessTokensRoute(ctx: RouteContext, businessId: string): GraphReply {
  const token = ctx.tokenCaller();
  if (token.clientBusinessId !== businessId) throw fail.unsupported('POST', businessId);
  ctx.requireAnyScope('business_management');
  if (ctx.params.fetch_only === 'true') return { body: { access_token: token.accessToken } };
  // asset and scope narrow the new token to a subset of the caller's (a granular token).
  const assets = list(ctx.params.asset).map((id) => id.replace(/^act_/, ''));
  const scopes = list(ctx.params.scope);
  if (assets.some((id) => !token.assetIds?.includes(id)) || scopes.some((s) => !token.scopes.includes(s))) throw fail.permissions();
  const narrower = ctx.world.createToken({
    type: 'SYSTEM_USER',
    userId: token.userId!,
    scopes: scopes.length > 0 ? scopes : token.scopes,
    expiresInSeconds: ctx.params.set_token_expires_in_60_days === 'true' ? 60 * DAY_SECONDS : 0,
    clientBusinessId: token.clientBusinessId,
    assetIds: assets.length > 0 ? assets : token.assetIds,
  });
  return { body: { access_token: narrower.accessToken } };
}

export function subscriptionsRoute(ctx: RouteContext, appId: string): GraphReply {
  const { world } = ctx;
  if (appId !== world.app.id) throw fail.unsupported(ctx.request.method, appId);
  if (ctx.auth().kind !== 'app') throw fail.appTokenRequired();
  if (ctx.request.method === 'GET') {
    const data = world.integrations.listSubscriptions().map((s) => ({
      object: s.object,
      callback_url: s.callbackUrl,
      active: true,
      fields: s.fields.map((name) => ({ name, version: ctx.request.version ?? 'v26.0' })),
    }));
    return { body: { data } };
  }
  const subscription = subscriptionParams(ctx);
  world.integrations.subscribe(subscription);
  return { body: { success: true } };
}

export function subscriptionParams(ctx: Pick<RouteContext, 'params'>) {
  const { params } = ctx;
  if (!params.object) throw fail.param('The parameter object is required');
  if (!params.callback_url) throw fail.param('The parameter callback_url is required');
  if (!/^https?:\/\//.test(params.callback_url)) throw new GraphFailure(100, '(#100) callback_url must be a valid URL');
  const fields = list(params.fields);
  if (fields.length === 0) throw fail.param('The parameter fields is required');
  return {
    object: params.object,
    callbackUrl: params.callback_url,
    fields,
    verifyToken: params.verify_token ?? '',
    includeValues: params.include_values === 'true',
  };
}
