// The single-use OAuth states: issued by a start, claimed once by the completion. Only a hash of each
// state is stored, so the database never holds a value that could complete someone's dialog.
import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.ts';
import type { OAuthStateRepository, OAuthStateRow } from '../../repositories/oauth-states.ts';

const STATE_TTL_MS = 10 * 60_000;
const STATE_KEPT_AFTER_EXPIRY_MS = 86_400_000;

export type PendingStart = Omit<OAuthStateRow, 'stateHash' | 'createdAt' | 'expiresAt' | 'usedAt'>;

const hashState = (state: string) => createHash('sha256').update(state).digest('hex');

/**
 * Which dialog a state was issued for. A business login's state starts with `b.` (never part of a
 * base64url value): only the hash of the whole state is stored, so the mark cannot be added or removed.
 */
export type DialogFlow = 'user' | 'business';
const BUSINESS_MARK = 'b.';
export const flowOf = (state: string): DialogFlow => (state.startsWith(BUSINESS_MARK) ? 'business' : 'user');

export function createOAuthStateStore(deps: { oauthStates: OAuthStateRepository; clock: Clock }) {
  return {
    /** A new state for `start`, valid for 10 minutes. */
    issue(start: PendingStart, flow: DialogFlow = 'user'): { state: string; expiresAt: Date } {
      const state = `${flow === 'business' ? BUSINESS_MARK : ''}${randomBytes(32).toString('base64url')}`;
      const now = deps.clock.now();
      const expiresAt = new Date(now.getTime() + STATE_TTL_MS);
      // Each start clears states that expired over a day ago (a day in which the callback can
      // still send a late browser back to its returnTo with error=invalid_state).
      deps.oauthStates.deleteExpired(new Date(now.getTime() - STATE_KEPT_AFTER_EXPIRY_MS));
      deps.oauthStates.insert({ ...start, stateHash: hashState(state), createdAt: now, expiresAt });
      return { state, expiresAt };
    },

    /**
     * The state's row, used or not, expired or not; undefined when it is unknown or belongs to another
     * workspace than `workspaceId` (undefined for the browser callback, where the state names the workspace).
     */
    find(state: string, workspaceId: string | undefined): OAuthStateRow | undefined {
      const found = deps.oauthStates.find(hashState(state));
      return found && (workspaceId === undefined || found.workspaceId === workspaceId) ? found : undefined;
    },

    /** Uses the state up if it is still unused and unexpired; only one caller can win. */
    claim(row: OAuthStateRow): OAuthStateRow | undefined {
      return deps.oauthStates.consume(row.stateHash, deps.clock.now());
    },
  };
}

export type OAuthStateStore = ReturnType<typeof createOAuthStateStore>;
