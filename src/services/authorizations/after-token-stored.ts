import type { AuthorizationRow } from '../../repositories/authorizations.ts';

/**
 * Follow-up work once a token has been stored or re-checked (the ad-account sync). It runs after the
 * transaction has committed; its failure is its own to record and never undoes the authorization.
 * What it records has the actor `sync`, whoever stored the token; `signal` is the deadline of the
 * request that stored it, if any.
 */
export type AfterTokenStored = (row: AuthorizationRow, signal?: AbortSignal, occasion?: TokenStoredOccasion) => Promise<void>;

/**
 * `created`: the token is a new authorization's, so its first sync is part of the creation (the created
 * event tells of it) and announces no ad-account change. `stored` (the default): a token stored or
 * re-checked for an existing authorization.
 */
export type TokenStoredOccasion = 'created' | 'stored';

export const nothingAfterTokenStored: AfterTokenStored = async () => {};
