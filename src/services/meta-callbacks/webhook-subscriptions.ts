// Subscribing the app to the business integration webhooks (POST /{app-id}/subscriptions with the app
// token), for `adsauth facebook subscribe-webhooks`. Graph first calls the callback URL to check it.
import type { GraphApi } from '../../graph/graph-api.ts';
import { DomainError } from '../../domain/errors.ts';

const INTEGRATION_WEBHOOK_FIELDS = [
  'business_integration_install',
  'business_integration_uninstall',
  'business_integration_update',
] as const;

/** FACEBOOK_WEBHOOK_VERIFY_TOKEN is not set: there is no endpoint to subscribe. */
export class WebhooksNotConfigured extends DomainError {
  constructor() {
    super('FACEBOOK_WEBHOOK_VERIFY_TOKEN is not set: set it, serve the gateway, then subscribe.');
  }
}

export function createWebhookSubscriptions(deps: { graph: GraphApi; verifyToken: string | undefined }) {
  return {
    /** What Graph answered, as it came. */
    subscribe(callbackUrl: string): Promise<unknown> {
      if (!deps.verifyToken) return Promise.reject(new WebhooksNotConfigured());
      return deps.graph.subscribeApp({
        object: 'application',
        fields: INTEGRATION_WEBHOOK_FIELDS,
        callbackUrl,
        verifyToken: deps.verifyToken,
        includeValues: true,
      });
    },
    list: () => deps.graph.listSubscriptions(),
  };
}
