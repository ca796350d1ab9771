import type { AccountListRow } from '../../services/records.ts';
import { builder } from '../builder.ts';

export interface AccountListUsageShape {
  used: number;
  limit: number | null;
  remaining: number | null;
  accounts: AccountListRow[];
}

const AccountListEntryRef = builder.objectRef<AccountListRow>('AccountListEntry').implement({
  description: "An ad account on the app's account list.",
  fields: (t) => ({
    accountId: t.exposeString('accountId', { description: 'Numeric, no act_ prefix.' }),
    addedAt: t.expose('addedAt', { type: 'DateTime' }),
    lastCalledAt: t.expose('lastCalledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'The last Graph call adsauth made against it.',
    }),
  }),
});

export const AccountListUsageRef = builder.objectRef<AccountListUsageShape>('AccountListUsage').implement({
  description:
    "The app's account list: every ad account adsauth made a Marketing API call against, up to the access level's limit. " +
    'It is app-wide: used and limit count every workspace, accounts shows only those this workspace can reach.',
  fields: (t) => ({
    used: t.exposeInt('used'),
    limit: t.exposeInt('limit', { nullable: true, description: 'null = unlimited.' }),
    remaining: t.exposeInt('remaining', { nullable: true, description: 'null = unlimited.' }),
    accounts: t.field({
      type: [AccountListEntryRef],
      description: "The entries this workspace's authorizations reach (as of their last ad-account sync), oldest first.",
      resolve: (usage) => usage.accounts,
    }),
  }),
});
