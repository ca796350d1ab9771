import type { AuthorizationOrderField, DashboardAuthorizationsQuery, OrderDirection } from '../../gql/graphql';

export type AuthorizationRow = DashboardAuthorizationsQuery['authorizations']['edges'][number]['node'];
/** The gateway sorts (`authorizations(orderBy:)`); the table offers these of its fields. */
export type SortField = Exclude<AuthorizationOrderField, 'EXPIRES_AT'>;
export interface SortOrder {
  field: SortField;
  direction: OrderDirection;
}

/** Who the authorization belongs to, as the table shows it and as the gateway's OWNER order sorts it. */
export function ownerOf(row: AuthorizationRow): string {
  return row.facebookUser?.name ?? (row.clientBusinessId ? `Business ${row.clientBusinessId}` : null) ?? row.ownerEmail ?? '—';
}
