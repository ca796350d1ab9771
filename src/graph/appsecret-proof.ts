import { createHmac } from 'node:crypto';

/** Contract §10: hex HMAC-SHA256 of the access token, keyed with the app secret. */
export function appSecretProof(appSecret: string, accessToken: string): string {
  return createHmac('sha256', appSecret).update(accessToken).digest('hex');
}

/** The app access token `{app-id}|{app-secret}` (contract §4.2), used for debug_token. */
export function appAccessToken(appId: string, appSecret: string): string {
  return `${appId}|${appSecret}`;
}
