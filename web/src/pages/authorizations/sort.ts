import type { DashboardAuthorizationsQuery } from '../../gql/graphql';

export type AuthorizationRow = DashboardAuthorizationsQuery['authorizations']['edges'][number]['node'];
export type SortField = 'LABEL' | 'HEALTH' | 'METHOD' | 'OWNER' | 'CREATED_AT';
export interface SortOrder {
  field: SortField;
  direction: 'ASC' | 'DESC';
}

/** Who the authorization belongs to, as the table shows it. */
export function ownerOf(row: AuthorizationRow): string {
  return row.facebookUser?.name ?? (row.clientBusinessId ? `Business ${row.clientBusinessId}` : null) ?? row.ownerEmail ?? '—';
}

/** Worst first when ascending: what needs attention comes to the top. */
const HEALTH_RANK = { UNHEALTHY: 0, UNKNOWN: 1, HEALTHY: 2 } as const;

const KEYS: Record<SortField, (row: AuthorizationRow) => string | number> = {
  LABEL: (row) => row.label.toLocaleLowerCase(),
  HEALTH: (row) => HEALTH_RANK[row.health],
  METHOD: (row) => row.method,
  OWNER: (row) => ownerOf(row).toLocaleLowerCase(),
  CREATED_AT: (row) => row.createdAt,
};

/**
 * Sorts the loaded page in the browser. When the gateway takes `authorizations(orderBy:)`, this
 * becomes `orderBy: { field, direction }` on the query, and the fields are already its enum's names.
 */
export function sortAuthorizations(rows: readonly AuthorizationRow[], order: SortOrder): AuthorizationRow[] {
  const key = KEYS[order.field];
  const sign = order.direction === 'ASC' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return (x < y ? -1 : x > y ? 1 : 0) * sign || a.label.localeCompare(b.label);
  });
}
