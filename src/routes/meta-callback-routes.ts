// The doors Meta itself knocks on (docs/login-for-business.md): GET/POST /webhooks/facebook (the
// business integration webhooks and their endpoint check), POST /oauth/facebook/deauthorize and
// POST /oauth/facebook/data-deletion (signed_request), and the deletion status page the latter links to.
// No API key: the signature is the proof.
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../log.ts';
import type { MetaCallbackServices } from '../services/meta-callbacks/module.ts';
import { isVerifyToken } from '../services/meta-callbacks/signatures.ts';
import { htmlPage } from './html-page.ts';

export const WEBHOOK_PATH = '/webhooks/facebook';
export const DEAUTHORIZE_PATH = '/oauth/facebook/deauthorize';
export const DATA_DELETION_PATH = '/oauth/facebook/data-deletion';
const DELETION_STATUS_PATH = '/oauth/facebook/data-deletion/status';

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
const plain = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
const BAD_SIGNED_REQUEST = { error: 'signed_request is missing, forged, or not HMAC-SHA256' };

/** Meta's endpoint check: the challenge, only for the configured verify token. */
function verifyEndpoint(url: URL, verifyToken: string): Response {
  const params = url.searchParams;
  const challenge = params.get('hub.challenge');
  if (params.get('hub.mode') !== 'subscribe' || challenge === null || !isVerifyToken(params.get('hub.verify_token') ?? '', verifyToken)) {
    return plain(403, 'Forbidden');
  }
  return plain(200, challenge);
}

async function signedRequestOf(request: Request): Promise<string> {
  const form = new URLSearchParams(await request.text());
  return form.get('signed_request') ?? '';
}

export function useMetaCallbackRoutes(deps: { callbacks: MetaCallbackServices; publicBaseUrl: string; log: Logger }): Plugin {
  const { callbacks, log } = deps;
  const statusUrl = (code: string) => `${deps.publicBaseUrl}${DELETION_STATUS_PATH}?${new URLSearchParams({ code })}`;

  async function route(request: Request, url: URL): Promise<Response | undefined> {
    const path = url.pathname.replace(/\/$/, '');
    const { method } = request;
    if (path === WEBHOOK_PATH && (method === 'GET' || method === 'POST')) {
      const verifyToken = callbacks.webhookVerifyToken;
      if (!verifyToken) return json(404, { error: 'FACEBOOK_WEBHOOK_VERIFY_TOKEN is not set' });
      if (method === 'GET') return verifyEndpoint(url, verifyToken);
      const receipt = callbacks.integrationWebhooks.receive(
        new Uint8Array(await request.arrayBuffer()),
        request.headers.get('x-hub-signature-256'),
      );
      if (receipt.status !== 200) log.warn({ status: receipt.status, reason: receipt.reason }, 'Meta webhook refused');
      return json(receipt.status, receipt.status === 200 ? { received: true } : { error: receipt.reason });
    }
    if (path === DEAUTHORIZE_PATH && method === 'POST') {
      const done = callbacks.loginCallbacks.deauthorize(await signedRequestOf(request));
      if (!done) return json(400, BAD_SIGNED_REQUEST);
      log.info({ revoked: done.revoked }, 'Facebook deauthorize callback');
      return json(200, { success: true });
    }
    if (path === DATA_DELETION_PATH && method === 'POST') {
      const deletion = callbacks.loginCallbacks.deleteData(await signedRequestOf(request));
      if (!deletion) return json(400, BAD_SIGNED_REQUEST);
      log.info({ deleted: deletion.deletedAuthorizations }, 'Facebook data deletion callback');
      return json(200, { url: statusUrl(deletion.confirmationCode), confirmation_code: deletion.confirmationCode });
    }
    if (path === DELETION_STATUS_PATH && method === 'GET') {
      const deletion = callbacks.loginCallbacks.deletionStatus(url.searchParams.get('code') ?? '');
      return deletion
        ? htmlPage({
            status: 200,
            ok: true,
            title: 'Your data was deleted',
            message: `Request ${deletion.confirmationCode}: adsauth deleted ${deletion.deletedAuthorizations} Facebook connection(s) and their access tokens on ${deletion.completedAt?.toISOString().slice(0, 10) ?? 'request'}.`,
          })
        : htmlPage({ status: 404, ok: false, title: 'Unknown deletion request', message: 'No data deletion request has this code.' });
    }
    return undefined;
  }

  return {
    async onRequest({ request, url, endResponse }) {
      const response = await route(request, url);
      if (response) endResponse(response);
    },
  };
}
