import { AccountListFull } from '../../domain/account-list-errors.ts';
import { ValidationError } from '../../domain/authorization-errors.ts';
import { actorOf } from '../actor.ts';
import { builder } from '../builder.ts';
import { AccountListUsageRef, type AccountListUsageShape } from '../types/account-list.ts';

const AddToAccountListInput = builder.inputType('AddToAccountListInput', {
  fields: (t) => ({
    accountId: t.string({
      required: true,
      description: "The numeric ad-account id, without act_ (as in Meta's account configuration tool).",
    }),
  }),
});

const AddToAccountListPayload = builder
  .objectRef<{ accountId: string; added: boolean; accountList: AccountListUsageShape }>('AddToAccountListPayload')
  .implement({
    fields: (t) => ({
      accountId: t.exposeString('accountId'),
      added: t.exposeBoolean('added', { description: 'false when the list already held it: re-adding changes nothing.' }),
      accountList: t.field({ type: AccountListUsageRef, resolve: (payload) => payload.accountList }),
    }),
  });

builder.mutationField('addToAccountList', (t) =>
  t.field({
    type: AddToAccountListPayload,
    description:
      "Adds an ad account to the app's account list by hand. The list is app-wide, across workspaces, so this needs an OPERATOR key.",
    authScopes: { operator: true },
    errors: { types: [ValidationError, AccountListFull], directResult: true, union: { name: 'AddToAccountListResult' } },
    args: { input: t.arg({ type: AddToAccountListInput, required: true }) },
    resolve: (_root, { input }, context) => context.services.accountList.add(actorOf(context), input.accountId),
  }),
);
