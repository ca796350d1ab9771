// Meta pages where a person acts on an ad account. None of these URL shapes is documented by Meta
// (UNVERIFIED): they come from the product specification (docs/graph-api.md "Custom Audience terms") or from the pages' current
// addresses, and may move.

/** Where a person accepts the Custom Audience terms for an ad account (product specification). */
export function customAudienceTosUrl(accountId: string): string {
  return `https://business.facebook.com/ads/manage/customaudiences/tos/?act=${encodeURIComponent(accountId)}`;
}

export const accountQualityUrl = (accountId: string) => `https://www.facebook.com/accountquality/${encodeURIComponent(accountId)}`;

export const billingUrl = (accountId: string) =>
  `https://business.facebook.com/billing_hub/payment_settings/?asset_id=${encodeURIComponent(accountId)}`;

export const adsManagerUrl = (accountId: string) =>
  `https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=${encodeURIComponent(accountId)}`;

export const adAccountSettingsUrl = (accountId: string, businessId: string | undefined) =>
  `https://business.facebook.com/settings/ad-accounts/${encodeURIComponent(accountId)}` +
  (businessId ? `?business_id=${encodeURIComponent(businessId)}` : '');
