import type { AuthorizationRow } from '../../services/records.ts';
import { builder } from '../builder.ts';
import { AuthorizationRef } from './authorization.ts';

/** The success member of the mutations that return one authorization. */
export const AuthorizationPayloadRef = builder.objectRef<{ authorization: AuthorizationRow }>('AuthorizationPayload').implement({
  fields: (t) => ({
    authorization: t.field({ type: AuthorizationRef, resolve: (payload) => payload.authorization }),
  }),
});
