// Stores a Login for Business token as the workspace's BUSINESS_INTEGRATION authorization of that
// client business: a new one, or the existing one (even a revoked one) with its id kept and its token replaced.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../clock.ts';
import type { AuthorizationRepository, AuthorizationRow } from '../../repositories/authorizations.ts';
import type { OAuthStateRow } from '../../repositories/oauth-states.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import { tokenColumns } from '../kernel/sealed-tokens.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';
import { checkEvents, createdEvent, tokenReplacedEvent, type HealthOf } from './authorization-events.ts';
import type { BusinessToken } from './business-token.ts';
import { successfulCheckPatch } from './token-checks.ts';

export function createBusinessIntegrationStore(deps: {
  clock: Clock;
  settings: { expiryWarningDays: number };
  authorizations: AuthorizationRepository;
  cipher: TokenCipher;
  transaction: RunInTransaction;
  recorder: EventRecorder;
  /** Health as Authorization.health shows it: a re-authorization records its change (e.g. UNKNOWN to HEALTHY). */
  health: HealthOf;
}) {
  return {
    /** One transaction; the caller runs the ad-account sync after it. */
    store(started: OAuthStateRow, token: BusinessToken, actor: string): { authorization: AuthorizationRow; reauthorized: boolean } {
      const now = deps.clock.now();
      const status = successfulCheckPatch(token.info, { now, warningDays: deps.settings.expiryWarningDays, declinedScopes: [] });
      return deps.transaction(() => {
        const existing = deps.authorizations.findBusinessIntegration(started.workspaceId, token.clientBusinessId);
        const id = existing?.id ?? randomUUID();
        const columns = {
          ...tokenColumns(deps.cipher, id, token.accessToken),
          ...status,
          facebookUserId: token.systemUserId,
          facebookUserName: null,
          businessId: token.clientBusinessId,
          clientBusinessId: token.clientBusinessId,
          delegatedAssetIds: token.delegatedAssetIds,
        };
        if (existing) {
          const updated = deps.authorizations.update(existing.workspaceId, existing.id, columns)!;
          deps.recorder.record(tokenReplacedEvent(existing, updated, actor));
          for (const event of checkEvents(existing, updated, actor, deps.health)) deps.recorder.record(event);
          return { authorization: updated, reauthorized: true };
        }
        const created = deps.authorizations.insert({
          id,
          workspaceId: started.workspaceId,
          label: started.label,
          description: started.description,
          ownerEmail: started.ownerEmail,
          method: 'BUSINESS_INTEGRATION',
          createdBy: started.createdBy,
          createdAt: now,
          ...columns,
        });
        deps.recorder.record(createdEvent(created, actor));
        return { authorization: created, reauthorized: false };
      });
    },
  };
}
