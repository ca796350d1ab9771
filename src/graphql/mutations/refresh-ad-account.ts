import { AccountListFull } from '../../domain/account-list-errors.ts';
import { TokenNotUsable } from '../../domain/ad-account-errors.ts';
import { GraphUnavailable, NotFound, ValidationError } from '../../domain/authorization-errors.ts';
import { RateLimited } from '../../domain/graph-budget-errors.ts';
import type { AdAccountRow } from '../../services/records.ts';
import { actorOf } from '../actor.ts';
import { builder } from '../builder.ts';
import { AdAccountRef } from '../types/ad-account.ts';
import { AuthorizationRef } from '../types/authorization.ts';

const RefreshAdAccountInput = builder.inputType('RefreshAdAccountInput', {
  fields: (t) => ({
    authorizationId: t.globalID({ required: true, for: AuthorizationRef }),
    adAccountId: t.string({ required: true, description: 'The ad-account id, with or without act_.' }),
  }),
});

const RefreshAdAccountPayloadRef = builder.objectRef<{ adAccount: AdAccountRow }>('RefreshAdAccountPayload').implement({
  fields: (t) => ({ adAccount: t.field({ type: AdAccountRef, resolve: (payload) => payload.adAccount }) }),
});

builder.mutationField('refreshAdAccount', (t) =>
  t.field({
    type: RefreshAdAccountPayloadRef,
    description:
      "Re-reads one ad account from Facebook (GET act_{id}): status, terms and tasks. A Marketing API call against the account, so the app's " +
      'account list admits it first; when the list is full the answer is AccountListFull and Facebook is not called. ' +
      'NotFound when the token no longer reaches the account (it is then removed from the stored set).',
    authScopes: { editor: true },
    errors: {
      types: [ValidationError, NotFound, TokenNotUsable, AccountListFull, GraphUnavailable, RateLimited],
      directResult: true,
      union: { name: 'RefreshAdAccountResult' },
    },
    args: { input: t.arg({ type: RefreshAdAccountInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      // The account's own usage counts too: Facebook limits calls per ad account.
      context.graphBudget.spend({ adAccountId: input.adAccountId });
      const target = { authorizationId: input.authorizationId.id, adAccountId: input.adAccountId };
      return { adAccount: await context.services.adAccountRefresh.refresh(actorOf(context), target, context.graphBudget.signal) };
    },
  }),
);
