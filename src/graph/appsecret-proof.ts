import { createHmac } from 'node:crypto';

/** docs/graph-api.md "appsecret_proof": hex HMAC-SHA256 of the access token, keyed with the app secret. */
export function appSecretProof(appSecret: string, accessToken: string): string {
  return createHmac('sha256', appSecret).update(accessToken).digest('hex');
}

/** The app access token `{app-id}|{app-secret}` (docs/graph-api.md "Token lifetimes"), used for debug_token. */
export function appAccessToken(appId: string, appSecret: string): string {
  return `${appId}|${appSecret}`;
}
