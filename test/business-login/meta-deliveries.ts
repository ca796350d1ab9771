// Driving the sandbox's control API over HTTP, as a test of Meta's deliveries does: each call returns
// what the gateway answered to the delivery the sandbox made.
import { createHmac } from 'node:crypto';
import { connectSandboxCallbacks } from '../../src/sandbox-mode.ts';
import type { SandboxDelivery } from '../../src/sandbox/types.ts';
import { control as sandboxControl } from '../sandbox/helpers.ts';
import type { BusinessLoginTest } from './support.ts';

export async function control(s: BusinessLoginTest, method: string, path: string, body?: unknown) {
  const answer = await sandboxControl(s.sandbox!.url, method, path, body);
  if (answer.status >= 300) throw new Error(`control ${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as { delivery: SandboxDelivery | null };
}

/** Points the sandbox app's callbacks at the gateway and subscribes it, as sandbox-mode `serve` does at start. */
export function wireMetaCallbacks(s: BusinessLoginTest) {
  return connectSandboxCallbacks(s.sandbox!, s.gatewayUrl, s.services.metaCallbacks);
}

/** A webhook body as Meta sends it, and its signature with the app secret (or another key, for a forgery). */
export function signedWebhook(s: BusinessLoginTest, field: string, value: unknown, key = s.world.app.secret) {
  const body = JSON.stringify({ object: 'application', entry: [{ id: s.world.app.id, time: 1, changes: [{ field, value }] }] });
  return { body, signature: `sha256=${createHmac('sha256', key).update(body).digest('hex')}` };
}

export function postWebhook(s: BusinessLoginTest, body: string, signature: string | undefined) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== undefined) headers['x-hub-signature-256'] = signature;
  return fetch(`${s.gatewayUrl}/webhooks/facebook`, { method: 'POST', body, headers });
}
