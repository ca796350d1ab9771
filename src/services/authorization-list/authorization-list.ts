// The authorizations list as the dashboard asks for it: any order, filters, keyset pages, a count on demand.
import type { Clock } from '../../clock.ts';
import type { AuthorizationFilter, AuthorizationRepository } from '../../repositories/authorizations.ts';
import type { AuthorizationOrderField, OrderDirection } from '../../domain/authorization-order.ts';
import { expiryWindow } from '../../domain/token-state.ts';
import type { OrderedAuthorizationRepository, OrderedCursor } from '../../repositories/authorizations-ordered.ts';
import type { AuthorizationHealth } from '../authorizations/authorization-health.ts';
import { countedPage } from '../kernel/counted-page.ts';

export interface AuthorizationListArgs {
  first: number;
  after: OrderedCursor | undefined;
  order: { field: AuthorizationOrderField; direction: OrderDirection };
  filter: AuthorizationFilter & { expiresWithinDays?: number | undefined };
}

export function createAuthorizationList(deps: {
  ordered: OrderedAuthorizationRepository;
  authorizations: AuthorizationRepository;
  health: AuthorizationHealth;
  clock: Clock;
}) {
  const { ordered, authorizations, health, clock } = deps;
  return {
    page(workspaceId: string, args: AuthorizationListArgs) {
      const { expiresWithinDays, ...rest } = args.filter;
      const filter: AuthorizationFilter =
        expiresWithinDays === undefined ? rest : { ...rest, expiresBetween: expiryWindow(clock.now(), expiresWithinDays) };
      const order = { ...args.order, unknownAfterFailures: health.unknownAfterFailures };
      return countedPage(
        args.first,
        (limit) => ordered.page(workspaceId, filter, order, limit, args.after),
        () => authorizations.count(workspaceId, filter),
      );
    },
  };
}

export type AuthorizationList = ReturnType<typeof createAuthorizationList>;
