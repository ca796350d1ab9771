// GET /me, GET /me/permissions, DELETE /{user-id}/permissions[/{permission}] (docs/graph-api.md "Token owner").
import { fail } from '../errors.ts';
import { parseFields, selectFields } from '../fields.ts';
import type { GraphReply, RouteContext } from '../graph-context.ts';
import { isDataAccessExpired } from '../tokens.ts';

/** `me`, or the id of the caller's own user / system user / page. */
export function isSelf(ctx: RouteContext, segment: string): boolean {
  if (segment === 'me') return true;
  const caller = ctx.auth();
  return caller.kind === 'token' && (segment === caller.token.userId || segment === caller.token.profileId);
}

export function meRoute(ctx: RouteContext): GraphReply {
  const token = ctx.tokenCaller();
  const { world } = ctx;
  const person = world.directory.findUser(token.userId!) ?? world.directory.findSystemUser(token.userId!);
  // with a Page token, /me is the Page
  const node =
    token.type === 'PAGE'
      ? { id: token.profileId!, name: `${person?.name ?? 'Sandbox'}'s Page`, type: 'Page' }
      : { id: token.userId!, name: person?.name, type: 'User' };
  const selection = parseFields(ctx.params.fields) ?? parseFields('id,name')!;
  // client_business_id: the business that installed the integration, for a BISU token (docs/login-for-business.md).
  const getters = { id: () => node.id, name: () => node.name, client_business_id: () => token.clientBusinessId };
  return { body: selectFields(node.type, getters, selection) };
}

export function permissionsRoute(ctx: RouteContext): GraphReply {
  const token = ctx.tokenCaller();
  // `expired` stands for granted permissions after data access expired (docs/graph-api.md "Token owner", mapping inferred)
  const grantedStatus = isDataAccessExpired(token, ctx.world.nowSec()) ? 'expired' : 'granted';
  // Permissions that lapsed one by one (docs/graph-api.md "Permissions"): expired until granted again.
  const lapsed = token.userId ? ctx.world.registry.grantsOf(token.userId, 'expired') : [];
  const data = [
    ...token.scopes.map((permission) => ({ permission, status: grantedStatus })),
    ...lapsed.filter((permission) => !token.scopes.includes(permission)).map((permission) => ({ permission, status: 'expired' })),
    ...token.declinedScopes.map((permission) => ({ permission, status: 'declined' })),
  ].filter(
    (p) => (!ctx.params.permission || p.permission === ctx.params.permission) && (!ctx.params.status || p.status === ctx.params.status),
  );
  return { body: { data } };
}

/** The whole edge de-authorizes the app for the user (tokens → 190/466); one permission becomes declined. */
export function deletePermissionsRoute(ctx: RouteContext, userSegment: string, permission: string | undefined): GraphReply {
  const caller = ctx.auth();
  const userId = userSegment === 'me' ? ctx.identity() : userSegment;
  const allowed = caller.kind === 'app' || (caller.kind === 'token' && caller.token.userId === userId);
  const { world } = ctx;
  if (!userId || !allowed || (!world.directory.findUser(userId) && !world.directory.findSystemUser(userId)))
    throw fail.unsupported('DELETE', userSegment);
  const scope = permission ?? ctx.params.permission;
  if (scope) world.removeScope(userId, scope);
  else world.deauthorize(userId);
  return { body: { success: true } };
}
