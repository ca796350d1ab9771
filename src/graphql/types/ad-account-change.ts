import { AD_ACCOUNT_CHANGE_KINDS } from '../../domain/ad-account-changes.ts';
import type { NewAdAccountChangeRow } from '../../services/records.ts';
import { describeChange } from '../../services/ad-accounts/ad-account-changes.ts';
import { builder } from '../builder.ts';

const AdAccountChangeKindEnum = builder.enumType('AdAccountChangeKind', { values: AD_ACCOUNT_CHANGE_KINDS });

export const AdAccountChangeRef = builder.objectRef<NewAdAccountChangeRow>('AdAccountChange').implement({
  description: 'What a sync found changed on one ad account, with its time.',
  fields: (t) => ({
    accountId: t.exposeString('accountId'),
    kind: t.field({ type: AdAccountChangeKindEnum, resolve: (change) => change.change }),
    summary: t.string({ resolve: (change) => describeChange(change) }),
    at: t.field({ type: 'DateTime', resolve: (change) => change.at }),
  }),
});
