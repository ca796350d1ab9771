// The Facebook Login callbacks (docs/login-for-business.md): a person removed the app (deauthorize), or
// asked for their data to be deleted. Both name the app-scoped user id in a signed_request; a bad
// signature or algorithm changes nothing.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.ts';
import { FACEBOOK_ACTOR } from '../../domain/events.ts';
import type { AuthorizationRepository } from '../../repositories/authorizations.ts';
import type { DataDeletionRequestRow, MetaCallbackRepository } from '../../repositories/meta-callbacks.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import { deletedEvent, type HealthOf } from '../authorizations/authorization-events.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import { revokeAuthorizations } from './revoke-authorizations.ts';
import { readSignedRequest } from './signatures.ts';

const DEAUTHORIZED_REASON = 'the person removed the app in their Facebook settings (deauthorize callback)';

export function createLoginCallbacks(deps: {
  appSecret: string;
  clock: Clock;
  authorizations: AuthorizationRepository;
  requests: MetaCallbackRepository;
  transaction: RunInTransaction;
  recorder: EventRecorder;
  /** Health as Authorization.health shows it: a revoke records its change. */
  health: HealthOf;
}) {
  return {
    /** Every FACEBOOK_USER authorization of that person becomes REVOKED; undefined for a bad signed_request. */
    deauthorize(signedRequest: string): { revoked: number } | undefined {
      const request = readSignedRequest(signedRequest, deps.appSecret);
      if (!request) return undefined;
      return deps.transaction(() => {
        const rows = deps.authorizations.facebookUserAuthorizationsAnywhere(request.userId);
        return { revoked: revokeAuthorizations(deps, rows, DEAUTHORIZED_REASON) };
      });
    },

    /** Deletes that person's FACEBOOK_USER authorizations with their tokens; the code is what the status page shows. */
    deleteData(signedRequest: string): DataDeletionRequestRow | undefined {
      const request = readSignedRequest(signedRequest, deps.appSecret);
      if (!request) return undefined;
      const now = deps.clock.now();
      return deps.transaction(() => {
        const rows = deps.authorizations.facebookUserAuthorizationsAnywhere(request.userId);
        for (const row of rows) {
          deps.authorizations.delete(row.workspaceId, row.id);
          deps.recorder.record(deletedEvent(row, FACEBOOK_ACTOR, false));
        }
        const deletion: DataDeletionRequestRow = {
          confirmationCode: randomBytes(12).toString('base64url'),
          facebookUserId: request.userId,
          deletedAuthorizations: rows.length,
          requestedAt: now,
          completedAt: now,
        };
        deps.requests.insertDeletionRequest(deletion);
        return deletion;
      });
    },

    deletionStatus(confirmationCode: string): DataDeletionRequestRow | undefined {
      return deps.requests.findDeletionRequest(confirmationCode);
    },
  };
}
