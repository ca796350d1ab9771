// Registering and listing a workspace's webhook endpoints. The signing secret is generated here,
// returned once, and stored sealed (AES-GCM, bound to the webhook's row id) like tokens are.
// Unless ADSAUTH_WEBHOOK_ALLOW_PRIVATE, a URL whose host is or resolves to a private address is refused.
import { randomUUID } from 'node:crypto';
import { secretRowId } from '../kernel/sealed-tokens.ts';
import { z } from 'zod';
import type { Clock } from '../../clock.ts';
import { NotFound, ValidationError } from '../../domain/authorization-errors.ts';
import { NOTIFICATION_EVENT_TYPES, type NotificationEventType } from '../../domain/events.ts';
import { isPrivateHostname } from '../../domain/private-address.ts';
import type { DeliveryLogRow, DeliveryRepository } from '../../repositories/deliveries.ts';
import type { NewestFirstCursor } from '../../repositories/newest-first.ts';
import type { WebhookRepository, WebhookRow } from '../../repositories/webhooks.ts';
import type { Actor } from '../../domain/actor.ts';
import { countedPage } from '../kernel/counted-page.ts';
import { parseInput } from '../kernel/input-validation.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';
import { generateWebhookSecret } from './webhook-signature.ts';
import { PRIVATE_ADDRESS_PROBLEM, resolvesToPrivateAddress, type ResolveHost } from './webhook-url-guard.ts';

// Plain http only to this machine, and only while private addresses are allowed (tests and local
// development); anything else must be HTTPS.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Newest first, resuming after a cursor; `first` is capped at MAX_PAGE_SIZE (kernel/counted-page.ts). */
interface PageArgs {
  first: number;
  after: NewestFirstCursor | undefined;
}

function webhookUrl(allowPrivate: boolean) {
  return z
    .string()
    .trim()
    .max(2000, 'must be at most 2000 characters')
    .superRefine((value, context) => {
      const problem = urlProblem(value, allowPrivate);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
}

function urlProblem(value: string, allowPrivate: boolean): string | undefined {
  if (!URL.canParse(value)) return 'must be an absolute URL';
  const url = new URL(value);
  if (!allowPrivate && isPrivateHostname(url.hostname)) return PRIVATE_ADDRESS_PROBLEM;
  const plainHttpAllowed = allowPrivate && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !plainHttpAllowed) {
    return allowPrivate ? 'must use https (plain http is allowed only for 127.0.0.1, localhost and [::1])' : 'must use https';
  }
  // The URL is listed back to every ADMIN key: credentials do not belong in it.
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password';
  return undefined;
}

const createSchema = (allowPrivate: boolean) =>
  z.object({
    url: webhookUrl(allowPrivate),
    eventTypes: z
      .array(z.enum(NOTIFICATION_EVENT_TYPES, { error: `must be among ${NOTIFICATION_EVENT_TYPES.join(', ')}` }))
      .nullish()
      // None given: every notification type known today (the list is stored, not a wildcard).
      .transform((list): NotificationEventType[] => [...new Set(list && list.length > 0 ? list : NOTIFICATION_EVENT_TYPES)]),
  });

// The cipher binds a ciphertext to a row id; the prefix keeps webhook and authorization ids apart.

export function createWebhookService(deps: {
  webhooks: WebhookRepository;
  deliveries: DeliveryRepository;
  cipher: TokenCipher;
  clock: Clock;
  /** ADSAUTH_WEBHOOK_ALLOW_PRIVATE: when false, URLs on private addresses are refused. */
  allowPrivate: boolean;
  resolveHost: ResolveHost;
}) {
  const { webhooks } = deps;
  const schema = createSchema(deps.allowPrivate);

  return {
    async create(
      actor: Actor,
      rawInput: { url: string; eventTypes?: readonly string[] | null },
    ): Promise<{ webhook: WebhookRow; signingSecret: string }> {
      const input = parseInput(schema, rawInput);
      if (!deps.allowPrivate && (await resolvesToPrivateAddress(new URL(input.url), deps.resolveHost))) {
        throw new ValidationError(`url: ${PRIVATE_ADDRESS_PROBLEM}`, 'url');
      }
      const id = randomUUID();
      const signingSecret = generateWebhookSecret();
      const sealed = deps.cipher.seal(secretRowId(id), signingSecret);
      const webhook = webhooks.insert({
        id,
        workspaceId: actor.workspaceId,
        url: input.url,
        secretCiphertext: sealed.ciphertext,
        secretKeyId: sealed.keyId,
        eventTypes: input.eventTypes,
        createdBy: actor.name,
        createdAt: deps.clock.now(),
      });
      return { webhook, signingSecret };
    },

    /** Its pending deliveries go with it (the outbox rows cascade). */
    delete(actor: Actor, id: string): { deletedId: string } {
      if (!webhooks.delete(actor.workspaceId, id)) throw new NotFound('webhook');
      return { deletedId: id };
    },

    /** The workspace's webhooks, newest first. */
    page(workspaceId: string, args: PageArgs) {
      return countedPage(
        args.first,
        (limit) => webhooks.page(workspaceId, limit, args.after),
        () => webhooks.count(workspaceId),
      );
    },

    getMany(workspaceId: string, ids: readonly string[]): WebhookRow[] {
      return ids.map((id) => webhooks.find(workspaceId, id)).filter((row): row is WebhookRow => row !== undefined);
    },

    /** The delivery log, newest first. */
    deliveryLog(webhookId: string, args: PageArgs) {
      return countedPage<DeliveryLogRow>(
        args.first,
        (limit) => deps.deliveries.logForWebhook(webhookId, limit, args.after),
        () => deps.deliveries.countForWebhook(webhookId),
      );
    },

    /** For the delivery worker: the webhook (it may have been deleted meanwhile) and its secret. */
    endpoint(webhookId: string): { url: string; secret: string } | undefined {
      const row = webhooks.findById(webhookId);
      if (!row) return undefined;
      return { url: row.url, secret: deps.cipher.open(secretRowId(row.id), { keyId: row.secretKeyId, ciphertext: row.secretCiphertext }) };
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
