// Turns one debug_token answer (or one failed check) into the stored status of an authorization.
import type { StoredCheckError } from '../../domain/check-error.ts';
import { REQUIRED_FOR_ALL_JOBS } from '../../domain/job-types.ts';
import { assessToken, type TokenInspection } from '../../domain/token-state.ts';
import type { DebugTokenInfo } from '../../graph/graph-api.ts';
import type { GraphError } from '../../graph/errors.ts';
import type { AuthorizationPatch } from '../../repositories/authorizations.ts';

export function inspectionOf(info: DebugTokenInfo): TokenInspection {
  return {
    isValid: info.isValid,
    type: info.type,
    expiresAt: info.expiresAt,
    dataAccessExpiresAt: info.dataAccessExpiresAt,
    scopes: info.scopes,
    error: info.error,
  };
}

export function assess(info: DebugTokenInfo, now: Date, warningDays: number) {
  return assessToken({ inspection: inspectionOf(info), requiredScopes: REQUIRED_FOR_ALL_JOBS, now, warningDays });
}

/** The patch for a check that reached Graph and got an answer about the token. */
export function successfulCheckPatch(
  info: DebugTokenInfo,
  options: { now: Date; warningDays: number; declinedScopes?: string[]; expiredScopes?: string[] },
) {
  const assessment = assess(info, options.now, options.warningDays);
  return {
    state: assessment.state,
    tokenType: info.type ?? null,
    scopes: info.scopes,
    ...(options.declinedScopes ? { declinedScopes: options.declinedScopes } : {}),
    // A token that lacks nothing has no lapsed permission to tell of (e.g. after the user granted it again).
    ...(options.expiredScopes || assessment.missingScopes.length === 0 ? { expiredScopes: options.expiredScopes ?? [] } : {}),
    expiresAt: info.expiresAt ?? null,
    dataAccessExpiresAt: info.dataAccessExpiresAt ?? null,
    problems: assessment.problems,
    checkedAt: options.now,
    // Facebook answered: an earlier failure no longer describes the token.
    lastCheckError: null,
    consecutiveCheckFailures: 0,
    updatedAt: options.now,
  } satisfies AuthorizationPatch;
}

/** A failed check never changes the state: it only records what went wrong. */
export function failedCheckPatch(error: GraphError, previousFailures: number, now: Date): AuthorizationPatch {
  return {
    lastCheckError: storedCheckError(error, now),
    consecutiveCheckFailures: previousFailures + 1,
    updatedAt: now,
  };
}

/**
 * The stored token could not be decrypted (its key is no longer configured, or the bytes were
 * moved or damaged). Recorded like a failed check, so one such row never stops a batch.
 */
export function undecryptableTokenPatch(previousFailures: number, now: Date): AuthorizationPatch {
  const error: StoredCheckError = {
    errorClass: 'DECRYPTION',
    code: null,
    subcode: null,
    message:
      'The stored token could not be decrypted: its encryption key is not in ADSAUTH_ENCRYPTION_KEYS, or the row was altered. Reconnect or replace the token.',
    fbtraceId: null,
    at: now.toISOString(),
  };
  return { lastCheckError: error, consecutiveCheckFailures: previousFailures + 1, updatedAt: now };
}

export function storedCheckError(error: GraphError, now: Date): StoredCheckError {
  return {
    errorClass: error.errorClass,
    code: error.code ?? null,
    subcode: error.subcode ?? null,
    message: error.message,
    fbtraceId: error.fbtraceId ?? null,
    at: now.toISOString(),
  };
}
