// Before Graph keeps a webhook subscription it checks the callback URL (docs/login-for-business.md): this
// is the one Graph call whose answer waits on another HTTP request, so it runs before the synchronous router.
import { GraphFailure, newTraceId } from './errors.ts';
import { RouteContext, type GraphRequest } from './graph-context.ts';
import { subscriptionParams } from './graph-routes/business-integration.ts';
import { baseHeaders, type GraphResult } from './graph-result.ts';
import { verifyCallback } from './meta-deliveries.ts';
import type { World } from './world.ts';

/** A refusal when the callback URL fails Meta's check; undefined to let the router answer (and store the subscription). */
export async function verifySubscriptionCallback(world: World, baseUrl: string, request: GraphRequest): Promise<GraphResult | undefined> {
  const [appId, edge] = request.segments;
  if (request.method !== 'POST' || request.segments.length !== 2 || appId !== world.app.id || edge !== 'subscriptions') return undefined;
  const ctx = new RouteContext(world, request, baseUrl);
  let subscription: ReturnType<typeof subscriptionParams>;
  try {
    if (ctx.auth().kind !== 'app') return undefined;
    subscription = subscriptionParams(ctx);
  } catch (error) {
    if (error instanceof GraphFailure) return undefined; // the router reports it
    throw error;
  }
  const failure = await verifyCallback(subscription);
  if (!failure) return undefined;
  const traceId = newTraceId();
  return { status: failure.status, body: failure.envelope(traceId), headers: { ...baseHeaders(request, traceId), ...ctx.headers } };
}
