// Executes one Graph request (an HTTP request or one batch item) against the world: routes it,
// and turns a GraphFailure into the docs/graph-api.md "Error envelope" envelope. Every answer carries x-fb-trace-id and
// facebook-api-version; token calls add X-App-Usage, act_ calls the BUC headers.
import { batchRoute } from './batch.ts';
import { fail, GraphFailure, newTraceId } from './errors.ts';
import { RouteContext, type GraphReply, type GraphRequest } from './graph-context.ts';
import { baseHeaders, type GraphResult } from './graph-result.ts';
import { adAccountPixelsRoute, adAccountRoute, businessAdAccountsRoute, listAdAccountsRoute } from './graph-routes/ad-accounts.ts';
import { appPermissionsRoute, businessRoute } from './graph-routes/app.ts';
import { systemUsersRoute } from './graph-routes/business.ts';
import { subscriptionsRoute, systemUserAccessTokensRoute } from './graph-routes/business-integration.ts';
import { debugTokenRoute } from './graph-routes/debug-token.ts';
import { deletePermissionsRoute, isSelf, meRoute, permissionsRoute } from './graph-routes/me.ts';
import { accessTokenRoute } from './graph-routes/oauth.ts';
import type { World } from './world.ts';

export function executeGraph(world: World, baseUrl: string, request: GraphRequest): GraphResult {
  const ctx = new RouteContext(world, request, baseUrl);
  const traceId = newTraceId();
  const base = baseHeaders(request, traceId);
  try {
    const reply = route(ctx);
    return {
      status: reply.status ?? 200,
      body: reply.body,
      headers: { ...base, ...ctx.headers, ...reply.headers },
      batchItems: reply.batchItems,
    };
  } catch (error) {
    if (!(error instanceof GraphFailure)) throw error;
    return { status: error.status, body: error.envelope(traceId), headers: { ...base, ...ctx.headers, ...error.headers } };
  }
}

function route(ctx: RouteContext): GraphReply & { batchItems?: number } {
  const { method, segments } = ctx.request;
  const [first = '', second, third] = segments;
  const n = segments.length;
  if (n === 0) {
    if (method === 'POST' && !ctx.request.viaBatch) {
      if (ctx.params.batch === undefined) throw fail.param('The parameter batch is required');
      return batchRoute(ctx, (request) => executeGraph(ctx.world, ctx.baseUrl, request));
    }
  } else if (n === 2 && first === 'oauth' && second === 'access_token' && (method === 'GET' || method === 'POST')) {
    return accessTokenRoute(ctx);
  } else if (n === 1 && first === 'debug_token') {
    return debugTokenRoute(ctx);
  } else if (n === 2 && second === 'subscriptions' && (method === 'GET' || method === 'POST')) {
    return subscriptionsRoute(ctx, first);
  } else if (method === 'GET') {
    if (n === 1 && /^act_\d+$/.test(first)) return adAccountRoute(ctx, first.slice(4));
    if (n === 2 && second === 'adspixels' && /^act_\d+$/.test(first)) return adAccountPixelsRoute(ctx, first.slice(4));
    if (n === 1 && isSelf(ctx, first)) return meRoute(ctx);
    if (n === 2 && second === 'permissions' && isSelf(ctx, first)) return permissionsRoute(ctx);
    if (n === 2 && second === 'permissions' && first === ctx.world.app.id) return appPermissionsRoute(ctx);
    if (n === 1 && ctx.world.directory.findBusiness(first)) return businessRoute(ctx, first);
    if (n === 2 && second === 'adaccounts' && isSelf(ctx, first)) return listAdAccountsRoute(ctx);
    if (n === 2 && second === 'system_users') return systemUsersRoute(ctx, first);
    if (n === 2 && (second === 'owned_ad_accounts' || second === 'client_ad_accounts')) return businessAdAccountsRoute(ctx, first, second);
  } else if (method === 'POST' && n === 2 && second === 'system_user_access_tokens') {
    return systemUserAccessTokensRoute(ctx, first);
  } else if (method === 'DELETE' && second === 'permissions' && n <= 3) {
    return deletePermissionsRoute(ctx, first, third);
  }
  ctx.auth(); // like Graph, a bad token is reported before an unknown path
  throw fail.unsupported(method, first);
}
