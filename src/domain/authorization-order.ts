// The orders the authorizations list can be sorted in.
export const AUTHORIZATION_ORDER_FIELDS = ['LABEL', 'HEALTH', 'METHOD', 'OWNER', 'CREATED_AT', 'EXPIRES_AT'] as const;
export type AuthorizationOrderField = (typeof AUTHORIZATION_ORDER_FIELDS)[number];

export const ORDER_DIRECTIONS = ['ASC', 'DESC'] as const;
export type OrderDirection = (typeof ORDER_DIRECTIONS)[number];

/** HEALTH ascending puts what needs attention first. */
export const HEALTH_SORT_ORDER = ['UNHEALTHY', 'UNKNOWN', 'HEALTHY'] as const;
