// GET /{app-id}/permissions (app token only) and GET /{business-id} (app token, or a token that sees the
// business) (docs/graph-api.md "App review and verification").
import { fail } from '../errors.ts';
import { parseFields, selectFields } from '../fields.ts';
import type { GraphReply, RouteContext } from '../graph-context.ts';
import { paginate } from '../paging.ts';
import { visibleBusiness } from './business.ts';

export function appPermissionsRoute(ctx: RouteContext): GraphReply {
  if (ctx.auth().kind !== 'app') throw fail.appTokenRequired();
  const permissions = ctx.world.appReview.listPermissions();
  return { body: paginate(ctx, permissions, (p) => p.permission) };
}

export function businessRoute(ctx: RouteContext, businessId: string): GraphReply {
  const caller = ctx.auth();
  const business = caller.kind === 'app' ? ctx.world.directory.findBusiness(businessId) : visibleBusiness(ctx, businessId);
  if (!business) throw fail.unsupported('GET', businessId);
  const selection = parseFields(ctx.params.fields) ?? parseFields('id,name')!;
  return {
    body: selectFields(
      'Business',
      {
        id: () => business.id,
        name: () => business.name,
        verification_status: () => ctx.world.appReview.verificationOf(business.id),
      },
      selection,
    ),
  };
}
