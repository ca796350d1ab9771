import { loadConfig } from '../config.ts';
import { out, UsageError, type Command } from './command.ts';

const USAGE = `adsauth facebook subscribe-webhooks --callback-url URL
adsauth facebook webhooks

subscribe-webhooks  Subscribes the Facebook app (live mode) to the business integration webhooks
                    (install, uninstall, update) at URL, normally https://<gateway>/webhooks/facebook,
                    with the app token and FACEBOOK_WEBHOOK_VERIFY_TOKEN. Graph checks the URL first,
                    so the gateway must be serving there. Prints what Graph answered.
webhooks            Lists the app's current webhook subscriptions.`;

export const facebookCommand: Command = {
  summary: "the Facebook app's webhook subscriptions (subscribe-webhooks, webhooks)",
  usage: USAGE,
  allowPositionals: true,
  options: { 'callback-url': { type: 'string' } },
  run: async (flags, positionals) => {
    const [action, ...extra] = positionals;
    if (extra.length > 0 || (action !== 'subscribe-webhooks' && action !== 'webhooks')) throw new UsageError(USAGE);
    const callbackUrl = typeof flags['callback-url'] === 'string' ? flags['callback-url'] : undefined;
    if (action === 'subscribe-webhooks' && !callbackUrl) throw new UsageError(`--callback-url is required\n\n${USAGE}`);
    const config = loadConfig();
    if (config.mode !== 'live')
      throw new UsageError('this command talks to a real Facebook app: set FACEBOOK_APP_ID and the other live settings');
    const [{ createHttpGraphApi }, { liveFacebookApp }, { createWebhookSubscriptions }] = await Promise.all([
      import('../graph/http-graph-api.ts'),
      import('../live-facebook-app.ts'),
      import('../services/meta-callbacks/webhook-subscriptions.ts'),
    ]);
    const app = liveFacebookApp(config);
    const graph = createHttpGraphApi({
      fetch: globalThis.fetch,
      baseUrl: app.graphApiUrl,
      version: app.graphApiVersion,
      appId: app.appId,
      appSecret: app.appSecret,
      timeoutMs: config.graphTimeoutMs,
    });
    const subscriptions = createWebhookSubscriptions({ graph, verifyToken: app.webhookVerifyToken });
    const answer = action === 'webhooks' ? await subscriptions.list() : await subscriptions.subscribe(callbackUrl!);
    out(JSON.stringify(answer, null, 2));
  },
};
