// AccountListFull as a GraphQL error type: refreshAdAccount, addToAccountList and the Marketing API
// calls that admit an account to the app's list return it as a member of their result unions.
import { AccountListFull } from '../../domain/account-list-errors.ts';
import { builder } from '../builder.ts';
import { ErrorInterface } from './error.ts';

builder.objectType(AccountListFull, {
  name: 'AccountListFull',
  description:
    "The app's account list is at its access level's limit and does not hold this ad account, so Facebook was not called. " +
    'Free a place with removeFromAccountList, or move the app to the next access level.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    accountId: t.exposeString('accountId', { description: 'The numeric ad-account id (no act_ prefix) that was refused.' }),
    limit: t.exposeInt('limit', { description: "The access level's ad-account limit, which the list has reached." }),
  }),
});
