// GET /{business-id}/system_users (docs/graph-api.md "System-user list"): needs business_management.
import { fail } from '../errors.ts';
import type { GraphReply, RouteContext } from '../graph-context.ts';
import { paginate } from '../paging.ts';
import type { SandboxBusiness } from '../types.ts';

/**
 * The business, if the caller may see it. A system user sees its own business only; the sandbox does
 * not model people's business roles, so a user token sees every business.
 */
export function visibleBusiness(ctx: RouteContext, businessId: string): SandboxBusiness {
  const business = ctx.world.directory.findBusiness(businessId);
  const caller = ctx.auth();
  const own =
    caller.kind === 'token' && caller.token.type === 'SYSTEM_USER'
      ? ctx.world.directory.findSystemUser(caller.token.userId!)?.businessId
      : undefined;
  if (!business || (own !== undefined && own !== business.id)) throw fail.unsupported('GET', businessId);
  return business;
}

export function systemUsersRoute(ctx: RouteContext, businessId: string): GraphReply {
  ctx.requireAnyScope('business_management');
  const business = visibleBusiness(ctx, businessId);
  const systemUsers = ctx.world.directory.listSystemUsers(business.id).map(({ id, name, role }) => ({ id, name, role }));
  return { body: paginate(ctx, systemUsers, (s) => s.id, { alwaysSummary: true }) };
}
