// Meta says an authorization's token no longer works (the business or the person removed the app): it
// becomes REVOKED at once, without a Graph call, and its health change is recorded. Call inside a transaction.
import type { Clock } from '../../clock.ts';
import { FACEBOOK_ACTOR } from '../../domain/events.ts';
import type { AuthorizationRepository, AuthorizationRow } from '../../repositories/authorizations.ts';
import { checkEvents, type HealthOf } from '../authorizations/authorization-events.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';

export interface RevokeDeps {
  clock: Clock;
  authorizations: AuthorizationRepository;
  recorder: EventRecorder;
  /** Health as Authorization.health shows it: a revoke records its change. */
  health: HealthOf;
}

/** How many of `rows` were not REVOKED yet and are now. */
export function revokeAuthorizations(deps: RevokeDeps, rows: readonly AuthorizationRow[], reason: string): number {
  const now = deps.clock.now();
  let revoked = 0;
  for (const before of rows) {
    if (before.state === 'REVOKED') continue;
    const after = deps.authorizations.update(before.workspaceId, before.id, {
      state: 'REVOKED',
      problems: [{ kind: 'REVOKED', reason }],
      updatedAt: now,
    });
    if (!after) continue;
    revoked++;
    for (const event of checkEvents(before, after, FACEBOOK_ACTOR, deps.health)) deps.recorder.record(event);
  }
  return revoked;
}
