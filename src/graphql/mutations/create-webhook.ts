import { ValidationError } from '../../domain/authorization-errors.ts';
import type { WebhookRow } from '../../services/records.ts';
import { actorOf } from '../actor.ts';
import { builder } from '../builder.ts';
import { WebhookEventTypeEnum, WebhookRef } from '../types/webhook.ts';

const CreateWebhookInput = builder.inputType('CreateWebhookInput', {
  fields: (t) => ({
    url: t.string({
      required: true,
      description:
        'Must be https:// on a public address: a host that is or resolves to a loopback, private, link-local, CGNAT, multicast or reserved address is refused, here and again at every delivery (unless ADSAUTH_WEBHOOK_ALLOW_PRIVATE, the sandbox default, where plain http:// is also accepted for 127.0.0.1, localhost and [::1]).',
    }),
    eventTypes: t.field({ type: [WebhookEventTypeEnum], description: 'What to send; none or empty: every event type.' }),
  }),
});

const CreateWebhookPayload = builder.objectRef<{ webhook: WebhookRow; signingSecret: string }>('CreateWebhookPayload').implement({
  fields: (t) => ({
    webhook: t.field({ type: WebhookRef, resolve: (payload) => payload.webhook }),
    signingSecret: t.exposeString('signingSecret', {
      description: 'Verifies the adsauth-signature header of each delivery. Shown this once: store it now.',
    }),
  }),
});

builder.mutationField('createWebhook', (t) =>
  t.field({
    type: CreateWebhookPayload,
    description: "Registers an endpoint for this workspace's events, and returns its signing secret once. ADMIN only.",
    authScopes: { admin: true },
    errors: { types: [ValidationError], directResult: true, union: { name: 'CreateWebhookResult' } },
    args: { input: t.arg({ type: CreateWebhookInput, required: true }) },
    resolve: (_root, { input }, context) => context.services.webhooks.create(actorOf(context), input),
  }),
);
