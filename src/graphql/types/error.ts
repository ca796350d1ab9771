import type { DomainError } from '../../domain/errors.ts';
import { builder } from '../builder.ts';

/**
 * The interface every typed error in a result union implements. To expose a DomainError subclass:
 *
 *   builder.objectType(InvalidOAuthState, { name: 'InvalidOAuthState', interfaces: [ErrorInterface],
 *     fields: (t) => ({ ... }) });
 *   builder.mutationField('x', (t) => t.field({ errors: { types: [InvalidOAuthState] }, ... }));
 *
 * Pothos checks the thrown error with instanceof, so only the listed classes become data.
 */
export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'An expected failure that the client can act on: a member of a mutation or query result union.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong and what to do about it, for a person to read.' }),
  }),
});
