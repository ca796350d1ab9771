// Meta's business integration webhooks (docs/login-for-business.md): verified, recorded once per body,
// then acted on. An uninstall revokes the business's BUSINESS_INTEGRATION authorizations at once; an
// update queues a re-check and resync of them; an install is only recorded.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../clock.ts';
import type { Logger } from '../../log.ts';
import type { AuthorizationRepository, AuthorizationRow } from '../../repositories/authorizations.ts';
import type { MetaCallbackRepository } from '../../repositories/meta-callbacks.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import type { HealthOf } from '../authorizations/authorization-events.ts';
import type { BusinessIntegrationRecheck } from './business-integration-recheck.ts';
import { revokeAuthorizations } from './revoke-authorizations.ts';
import { checkHubSignature } from './signatures.ts';

const change = z.object({ field: z.string(), value: z.unknown() });
const envelope = z.object({
  object: z.string(),
  entry: z.array(z.object({ id: z.union([z.string(), z.number()]).optional(), changes: z.array(change).default([]) })).default([]),
});
const businessValue = z.object({ business_manager_id: z.union([z.string(), z.number().transform(String)]) });

/** 401 without a signature, 403 with a wrong one, 400 for a body that is no webhook; 200 once accepted. */
type WebhookReceipt = { status: 200; replayed: boolean } | { status: 400 | 401 | 403; reason: string };

const UNINSTALL_REASON =
  'the client business removed the app (business_integration_uninstall: Business Settings > Integrations > Connected apps)';

export function createIntegrationWebhooks(deps: {
  appSecret: string;
  clock: Clock;
  log: Logger;
  authorizations: AuthorizationRepository;
  receipts: MetaCallbackRepository;
  transaction: RunInTransaction;
  recorder: EventRecorder;
  recheck: BusinessIntegrationRecheck;
  /** Health as Authorization.health shows it: a revoke records its change. */
  health: HealthOf;
}) {
  return {
    /** The raw bytes as received: the signature covers them, not a re-serialization. */
    receive(rawBody: Uint8Array, signatureHeader: string | null): WebhookReceipt {
      const signature = checkHubSignature(rawBody, signatureHeader, deps.appSecret);
      if (signature === 'missing') return { status: 401, reason: 'X-Hub-Signature-256 is missing' };
      if (signature === 'invalid') return { status: 403, reason: 'X-Hub-Signature-256 does not match' };
      let parsed: z.infer<typeof envelope>;
      try {
        parsed = envelope.parse(JSON.parse(Buffer.from(rawBody).toString('utf8')));
      } catch {
        return { status: 400, reason: 'the body is not a webhook envelope' };
      }
      const changes = parsed.entry.flatMap((entry) => entry.changes);
      const toRecheck: AuthorizationRow[] = [];
      const accepted = deps.transaction(() => {
        const first = deps.receipts.recordReceipt({
          bodyHash: createHash('sha256').update(rawBody).digest('hex'),
          object: parsed.object,
          fields: changes.map((c) => c.field),
          payload: parsed,
          receivedAt: deps.clock.now(),
        });
        if (!first || parsed.object !== 'application') return first;
        for (const { field, value } of changes) {
          const business = businessValue.safeParse(value);
          // Fields adsauth does not act on, and values it cannot read, are acknowledged and ignored.
          if (!business.success) continue;
          const rows = deps.authorizations.businessIntegrationsAnywhere(business.data.business_manager_id);
          if (field === 'business_integration_uninstall') revokeAuthorizations(deps, rows, UNINSTALL_REASON);
          else if (field === 'business_integration_update') toRecheck.push(...rows);
        }
        return true;
      });
      if (!accepted) return { status: 200, replayed: true };
      deps.log.info({ object: parsed.object, fields: changes.map((c) => c.field) }, 'Meta webhook received');
      if (toRecheck.length > 0) deps.recheck.enqueue(toRecheck);
      return { status: 200, replayed: false };
    },
  };
}
