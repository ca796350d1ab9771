import { AD_ACCOUNT_TERMS, type AdAccountTerms } from '../../domain/ad-account-changes.ts';
import { builder } from '../builder.ts';
import { describedValues, knownOr } from './enum-values.ts';

const descriptions = {
  custom_audience_tos: 'The Custom Audience terms (tos_accepted.custom_audience_tos): needed for every audience export.',
  web_custom_audience_tos:
    'The website and app Custom Audience terms (tos_accepted.web_custom_audience_tos): needed for web-traffic exports.',
} satisfies Record<AdAccountTerms, string>;

export const AdAccountTermsEnum = builder.enumType('AdAccountTerms', {
  description: 'Terms of service an ad account accepts for Custom Audiences.',
  values: describedValues(descriptions, 'Terms recorded by another version of adsauth that this one does not know.'),
});

/** Stored terms, read back: terms this version does not know are UNKNOWN. */
export const adAccountTermsOf = (stored: string) => knownOr(AD_ACCOUNT_TERMS, stored);
