import { ValidationError } from '../../domain/authorization-errors.ts';
import { actorOf } from '../actor.ts';
import { builder } from '../builder.ts';
import { AccountListUsageRef, type AccountListUsageShape } from '../types/account-list.ts';

const RemoveFromAccountListInput = builder.inputType('RemoveFromAccountListInput', {
  fields: (t) => ({
    accountId: t.string({ required: true, description: 'The numeric ad-account id, without act_.' }),
  }),
});

const RemoveFromAccountListPayload = builder
  .objectRef<{ accountId: string; removed: boolean; accountList: AccountListUsageShape }>('RemoveFromAccountListPayload')
  .implement({
    fields: (t) => ({
      accountId: t.exposeString('accountId'),
      removed: t.exposeBoolean('removed', { description: 'false when the list did not hold it.' }),
      accountList: t.field({ type: AccountListUsageRef, resolve: (payload) => payload.accountList }),
    }),
  });

builder.mutationField('removeFromAccountList', (t) =>
  t.field({
    type: RemoveFromAccountListPayload,
    description:
      "Frees a place on the app's account list (app-wide, across workspaces, so this needs an OPERATOR key). The next call against that account adds it again.",
    authScopes: { operator: true },
    errors: { types: [ValidationError], directResult: true, union: { name: 'RemoveFromAccountListResult' } },
    args: { input: t.arg({ type: RemoveFromAccountListInput, required: true }) },
    resolve: (_root, { input }, context) => context.services.accountList.remove(actorOf(context), input.accountId),
  }),
);
