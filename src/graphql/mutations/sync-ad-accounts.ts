import { TokenNotUsable } from '../../domain/ad-account-errors.ts';
import { GraphUnavailable, NotFound } from '../../domain/authorization-errors.ts';
import { RateLimited } from '../../domain/graph-budget-errors.ts';
import type { SyncResult } from '../../services/ad-accounts/ad-account-sync.ts';
import { actorOf } from '../actor.ts';
import { builder } from '../builder.ts';
import { AdAccountChangeRef } from '../types/ad-account-change.ts';
import { AuthorizationRef } from '../types/authorization.ts';

const SyncAdAccountsInput = builder.inputType('SyncAdAccountsInput', {
  fields: (t) => ({ authorizationId: t.globalID({ required: true, for: AuthorizationRef }) }),
});

const SyncAdAccountsPayloadRef = builder.objectRef<SyncResult>('SyncAdAccountsPayload').implement({
  fields: (t) => ({
    authorization: t.field({ type: AuthorizationRef, resolve: (result) => result.authorization }),
    accountCount: t.exposeInt('accountCount', { description: 'How many ad accounts the token reaches now.' }),
    changes: t.field({
      type: [AdAccountChangeRef],
      description: 'What this sync changed; empty when nothing did.',
      resolve: (result) => result.changes,
    }),
    syncedAt: t.field({ type: 'DateTime', resolve: (result) => result.syncedAt }),
  }),
});

builder.mutationField('syncAdAccounts', (t) =>
  t.field({
    type: SyncAdAccountsPayloadRef,
    description:
      'Reads every ad account the token reaches (/me/adaccounts, all pages) and replaces the stored set in one step. ' +
      'When Facebook fails part of the way, the previous set stays whole and the answer is GraphUnavailable.',
    authScopes: { editor: true },
    errors: {
      types: [NotFound, TokenNotUsable, GraphUnavailable, RateLimited],
      directResult: true,
      union: { name: 'SyncAdAccountsResult' },
    },
    args: { input: t.arg({ type: SyncAdAccountsInput, required: true }) },
    resolve: (_root, { input }, context) => {
      context.graphBudget.spend();
      return context.services.adAccountSync.sync(actorOf(context), input.authorizationId.id, context.graphBudget.signal);
    },
  }),
);
