import type { AuthorizationFilter } from '../../gql/graphql';
import type { AuthorizationRow } from './sort';

/** A filter on whose tokens are listed, with the words that name it while it applies. */
export interface OwnerFilter {
  filter: Pick<AuthorizationFilter, 'facebookUserId' | 'businessId'>;
  name: string;
}

/**
 * The row's owner as a filter: the person (or system user) behind a token, or the client's business
 * of a Login for Business integration. Undefined when the row names neither.
 */
export function ownerFilterOf(row: AuthorizationRow): OwnerFilter | undefined {
  if (row.facebookUser) return { filter: { facebookUserId: row.facebookUser.id }, name: row.facebookUser.name ?? row.facebookUser.id };
  if (row.clientBusinessId) return { filter: { businessId: row.clientBusinessId }, name: `Business ${row.clientBusinessId}` };
  return undefined;
}
