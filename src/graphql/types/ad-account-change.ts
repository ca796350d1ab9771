import type { NewAdAccountChangeRow } from '../../repositories/ad-accounts.ts';
import { describeChange, type AdAccountChangeKind } from '../../services/ad-accounts/ad-account-changes.ts';
import { builder } from '../builder.ts';

const KINDS: readonly AdAccountChangeKind[] = ['GAINED', 'LOST', 'STATUS_CHANGED', 'TOS_CHANGED', 'TASKS_CHANGED'];

const AdAccountChangeKindEnum = builder.enumType('AdAccountChangeKind', { values: KINDS });

export const AdAccountChangeRef = builder.objectRef<NewAdAccountChangeRow>('AdAccountChange').implement({
  description: 'What a sync found changed on one ad account, with its time.',
  fields: (t) => ({
    accountId: t.exposeString('accountId'),
    kind: t.field({ type: AdAccountChangeKindEnum, resolve: (change) => change.change as AdAccountChangeKind }),
    summary: t.string({ resolve: (change) => describeChange({ change: change.change, details: change.details ?? {} }) }),
    at: t.field({ type: 'DateTime', resolve: (change) => change.at }),
  }),
});
