import type { EventDetailsOf } from '../../services/history/event-details.ts';
import { builder } from '../builder.ts';

type Details = EventDetailsOf<'ad_accounts.changed'>;

const GainedRef = builder.objectRef<Details['gained'][number]>('AdAccountGained').implement({
  fields: (t) => ({
    accountId: t.exposeString('accountId'),
    name: t.exposeString('name', { nullable: true }),
    status: t.exposeString('status', { nullable: true }),
  }),
});

const LostRef = builder.objectRef<Details['lost'][number]>('AdAccountLost').implement({
  fields: (t) => ({
    accountId: t.exposeString('accountId'),
    name: t.exposeString('name', { nullable: true }),
  }),
});

const StatusChangeRef = builder.objectRef<Details['statusChanges'][number]>('AdAccountStatusChange').implement({
  fields: (t) => ({
    accountId: t.exposeString('accountId'),
    name: t.exposeString('name', { nullable: true }),
    from: t.exposeString('from', { nullable: true }),
    to: t.exposeString('to', { nullable: true }),
    disableReason: t.exposeString('disableReason', { nullable: true }),
  }),
});

const TermsChangeRef = builder.objectRef<Details['termsChanges'][number]>('AdAccountTermsChange').implement({
  fields: (t) => ({
    accountId: t.exposeString('accountId'),
    name: t.exposeString('name', { nullable: true }),
    terms: t.exposeString('terms', { description: 'custom_audience_tos or web_custom_audience_tos.' }),
    accepted: t.exposeBoolean('accepted', { description: 'true: accepted since the last sync; false: no longer accepted.' }),
  }),
});

export const AdAccountsChangedDetailsRef = builder.objectRef<Details>('AdAccountsChangedEventDetails').implement({
  description: 'What an ad-account sync found: accounts gained or lost, status changes, terms accepted or revoked.',
  fields: (t) => ({
    gained: t.field({ type: [GainedRef], resolve: (d) => d.gained }),
    lost: t.field({ type: [LostRef], resolve: (d) => d.lost }),
    statusChanges: t.field({ type: [StatusChangeRef], resolve: (d) => d.statusChanges }),
    termsChanges: t.field({ type: [TermsChangeRef], resolve: (d) => d.termsChanges }),
  }),
});
