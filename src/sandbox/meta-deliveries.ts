// What Meta sends to an app's own servers, sent the same way by the sandbox (docs/login-for-business.md):
// the endpoint check of a webhook subscription, signed webhook deliveries, and the signed_request
// POSTs of the deauthorize and data deletion callbacks. Each answers what the gateway replied, or null
// when the app has nothing to send it to.
import { createHmac, randomBytes } from 'node:crypto';
import { GraphFailure } from './errors.ts';
import type { SandboxDelivery, SandboxSubscription } from './types.ts';
import type { World } from './world.ts';

const USER_AGENT = 'facebookexternalua';

async function post(url: string, body: string, headers: Record<string, string>): Promise<SandboxDelivery> {
  const response = await fetch(url, { method: 'POST', body, headers: { 'user-agent': USER_AGENT, ...headers }, redirect: 'manual' });
  return { url, status: response.status, body: await response.text() };
}

/**
 * Meta calls the callback URL with hub.mode=subscribe before it keeps a subscription, and keeps it
 * only when the body is the challenge. The error codes 2200 and 2201 are OBS; their wording is UNVERIFIED.
 */
export async function verifyCallback(subscription: SandboxSubscription): Promise<GraphFailure | undefined> {
  const challenge = randomBytes(8).readUInt32BE(0).toString();
  const url = new URL(subscription.callbackUrl);
  url.searchParams.set('hub.mode', 'subscribe');
  url.searchParams.set('hub.challenge', challenge);
  url.searchParams.set('hub.verify_token', subscription.verifyToken);
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'user-agent': USER_AGENT }, redirect: 'manual' });
  } catch {
    return new GraphFailure(2200, `(#2200) callback verification failed: Couldn't connect to server`);
  }
  const body = await response.text();
  if (response.status !== 200) {
    return new GraphFailure(2200, `(#2200) callback verification failed: Received HTTP code: ${response.status} from the callback_url`);
  }
  if (body !== challenge) {
    return new GraphFailure(
      2201,
      `(#2201) response does not match challenge, expected value="${challenge}", received="${body.slice(0, 32)}"`,
    );
  }
  return undefined;
}

/** One change under the app's subscription for `object`, signed with the app secret over the exact bytes sent. */
export async function deliverWebhook(world: World, object: string, field: string, value: unknown): Promise<SandboxDelivery | null> {
  const subscription = world.integrations.subscription(object);
  if (!subscription?.fields.includes(field)) return null;
  const { app } = world;
  const envelope = { object, entry: [{ id: app.id, time: world.nowSec(), changes: [{ field, value }] }] };
  const body = JSON.stringify(envelope);
  return post(subscription.callbackUrl, body, {
    'content-type': 'application/json',
    'x-hub-signature': `sha1=${createHmac('sha1', app.secret).update(body).digest('hex')}`,
    'x-hub-signature-256': `sha256=${createHmac('sha256', app.secret).update(body).digest('hex')}`,
  });
}

/** `<base64url HMAC-SHA256 of the payload part>.<base64url JSON payload>`, keyed with the app secret. */
export function signedRequest(appSecret: string, payload: Record<string, unknown>): string {
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = createHmac('sha256', appSecret).update(encoded).digest('base64url');
  return `${signature}.${encoded}`;
}

/** The deauthorize or data deletion callback for one person (their app-scoped id). */
export async function deliverSignedRequest(world: World, url: string | undefined, userId: string): Promise<SandboxDelivery | null> {
  if (!url) return null;
  const signed = signedRequest(world.app.secret, { algorithm: 'HMAC-SHA256', issued_at: world.nowSec(), user_id: userId });
  return post(url, new URLSearchParams({ signed_request: signed }).toString(), { 'content-type': 'application/x-www-form-urlencoded' });
}
