import type { EventDetailsOf } from '../../services/history/event-details.ts';
import { AD_ACCOUNT_STATUSES } from '../../domain/ad-account-status.ts';
import { builder } from '../builder.ts';
import { AdAccountStatusEnum } from './ad-account.ts';
import { AdAccountTermsEnum, adAccountTermsOf } from './ad-account-terms.ts';
import { knownOr } from './enum-values.ts';

type Details = EventDetailsOf<'ad_accounts.changed'>;

// A stored status this version does not know reads as UNKNOWN, as an unknown account_status code does.
const adAccountStatusOf = (stored: string | null) => (stored === null ? null : knownOr(AD_ACCOUNT_STATUSES, stored));

const GainedRef = builder.objectRef<Details['gained'][number]>('AdAccountGained').implement({
  fields: (t) => ({
    accountId: t.exposeString('accountId'),
    name: t.exposeString('name', { nullable: true }),
    status: t.field({ type: AdAccountStatusEnum, nullable: true, resolve: (d) => adAccountStatusOf(d.status) }),
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
    from: t.field({ type: AdAccountStatusEnum, nullable: true, resolve: (d) => adAccountStatusOf(d.from) }),
    to: t.field({ type: AdAccountStatusEnum, nullable: true, resolve: (d) => adAccountStatusOf(d.to) }),
    disableReason: t.exposeString('disableReason', { nullable: true }),
  }),
});

const TermsChangeRef = builder.objectRef<Details['termsChanges'][number]>('AdAccountTermsChange').implement({
  fields: (t) => ({
    accountId: t.exposeString('accountId'),
    name: t.exposeString('name', { nullable: true }),
    terms: t.field({ type: AdAccountTermsEnum, resolve: (d) => adAccountTermsOf(d.terms) }),
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
