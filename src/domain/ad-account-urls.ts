// Meta pages where a person acts on an ad account. Most of these URL shapes are not documented by Meta
// (docs/graph-api.md "Custom Audience terms", "Pixels for website custom audiences" say which are observed):
// they are the pages' current addresses, and may move.

/** Where a person accepts the customer-file Custom Audience terms (custom_audience_tos) for an ad account. */
export function customAudienceTosUrl(accountId: string): string {
  return `https://business.facebook.com/ads/manage/customaudiences/tos/?act=${encodeURIComponent(accountId)}`;
}

/** Where a person accepts the website and app Custom Audience terms (web_custom_audience_tos): the page error (#2663) names. */
export function webCustomAudienceTosUrl(accountId: string): string {
  return `https://www.facebook.com/customaudiences/app/tos/?act=${encodeURIComponent(accountId)}`;
}

/** The ad account's pixels (datasets) in Events Manager, where one is connected or set up. */
export function eventsManagerUrl(accountId: string): string {
  return `https://business.facebook.com/events_manager2/list/pixel?act=${encodeURIComponent(accountId)}`;
}

export const accountQualityUrl = (accountId: string) => `https://www.facebook.com/accountquality/${encodeURIComponent(accountId)}`;

export const billingUrl = (accountId: string) =>
  `https://business.facebook.com/billing_hub/payment_settings/?asset_id=${encodeURIComponent(accountId)}`;

export const adsManagerUrl = (accountId: string) =>
  `https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=${encodeURIComponent(accountId)}`;

export const adAccountSettingsUrl = (accountId: string, businessId: string | undefined) =>
  `https://business.facebook.com/settings/ad-accounts/${encodeURIComponent(accountId)}` +
  (businessId ? `?business_id=${encodeURIComponent(businessId)}` : '');
