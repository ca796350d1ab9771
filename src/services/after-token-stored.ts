import type { AuthorizationRow } from '../repositories/authorizations.ts';

/**
 * Follow-up work once a token has been stored or re-checked (the ad-account sync). It runs after the
 * transaction has committed; its failure is its own to record and never undoes the authorization.
 */
export type AfterTokenStored = (row: AuthorizationRow) => Promise<void>;

export const nothingAfterTokenStored: AfterTokenStored = async () => {};
