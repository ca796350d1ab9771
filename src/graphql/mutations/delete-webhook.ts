import { encodeGlobalID } from '@pothos/plugin-relay';
import { NotFound } from '../../domain/authorization-errors.ts';
import { actorOf } from '../actor.ts';
import { builder } from '../builder.ts';
import { WebhookRef } from '../types/webhook.ts';

const DeleteWebhookInput = builder.inputType('DeleteWebhookInput', {
  fields: (t) => ({ id: t.globalID({ required: true, for: WebhookRef }) }),
});

const DeleteWebhookPayload = builder.objectRef<{ deletedId: string }>('DeleteWebhookPayload').implement({
  fields: (t) => ({ deletedWebhookId: t.id({ resolve: (payload) => encodeGlobalID('Webhook', payload.deletedId) }) }),
});

builder.mutationField('deleteWebhook', (t) =>
  t.field({
    type: DeleteWebhookPayload,
    description: 'Deletes the webhook; deliveries not yet made are dropped. ADMIN only.',
    authScopes: { admin: true },
    errors: { types: [NotFound], directResult: true, union: { name: 'DeleteWebhookResult' } },
    args: { input: t.arg({ type: DeleteWebhookInput, required: true }) },
    resolve: (_root, { input }, context) => context.services.webhooks.delete(actorOf(context), input.id.id),
  }),
);
