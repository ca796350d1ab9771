// The state of a token, decided from what Graph's debug_token said about it. Pure: no I/O, no clock
// of its own. Imports nothing of ours, so the input shapes are declared here.

export const TOKEN_STATES = [
  'VALID',
  'EXPIRING_SOON',
  'EXPIRED',
  'INVALIDATED',
  'REVOKED',
  'MISSING_PERMISSIONS',
  'DATA_ACCESS_EXPIRED',
  'UNCHECKED',
] as const;
export type TokenState = (typeof TOKEN_STATES)[number];

export const HEALTHS = ['HEALTHY', 'UNHEALTHY', 'UNKNOWN'] as const;
export type Health = (typeof HEALTHS)[number];

/** What debug_token reported (docs/graph-api.md "debug_token response"). `expiresAt: null` means the token never expires. */
export interface TokenInspection {
  isValid: boolean;
  type: string | undefined;
  expiresAt: Date | null | undefined;
  dataAccessExpiresAt: Date | null | undefined;
  scopes: readonly string[];
  error: { code: number; subcode: number | undefined; message: string } | undefined;
}

export type TokenProblem =
  | { kind: 'EXPIRED'; at?: Date | undefined }
  | { kind: 'INVALIDATED'; subcode?: number | undefined; reason: string }
  | { kind: 'REVOKED'; subcode?: number | undefined; reason: string }
  | { kind: 'DATA_ACCESS_EXPIRED'; at: Date }
  | { kind: 'MISSING_PERMISSIONS'; missing: string[] }
  | { kind: 'EXPIRING_SOON'; what: 'token' | 'data access'; at: Date };

export interface TokenAssessment {
  state: Exclude<TokenState, 'UNCHECKED'>;
  /** The token still authenticates (it may lack a scope or its data access). */
  isValid: boolean;
  missingScopes: string[];
  /** Every problem found, most serious first; `state` is the first one's kind, or VALID. */
  problems: TokenProblem[];
}

const INVALIDATION_REASONS: Record<number, string> = {
  459: 'the user is checkpointed and must log in at facebook.com',
  460: 'the user changed their password, or Facebook reset the session for security reasons',
  464: 'the user has not confirmed their Facebook account',
  467: 'the access token is invalid',
  492: 'the session is invalid (the user lost their role)',
};

const REVOCATION_REASONS: Record<number, string> = {
  458: 'the user removed the app',
  466: 'the token was revoked explicitly through the API',
};

const DAY_MS = 86_400_000;

export function assessToken(input: {
  inspection: TokenInspection;
  requiredScopes: readonly string[];
  now: Date;
  warningDays: number;
}): TokenAssessment {
  const { inspection, now } = input;
  const problems: TokenProblem[] = [];
  const error = inspection.error;
  const expiredByClock = inspection.expiresAt instanceof Date && inspection.expiresAt.getTime() <= now.getTime();

  if ((error?.code === 190 && error.subcode === 463) || expiredByClock) {
    problems.push({ kind: 'EXPIRED', at: inspection.expiresAt ?? undefined });
  } else if (error?.subcode !== undefined && REVOCATION_REASONS[error.subcode]) {
    problems.push({ kind: 'REVOKED', subcode: error.subcode, reason: REVOCATION_REASONS[error.subcode]! });
  } else if (error?.subcode !== undefined && INVALIDATION_REASONS[error.subcode]) {
    problems.push({ kind: 'INVALIDATED', subcode: error.subcode, reason: INVALIDATION_REASONS[error.subcode]! });
  } else if (!inspection.isValid) {
    problems.push({ kind: 'INVALIDATED', subcode: error?.subcode, reason: error?.message ?? 'Facebook reports the token as not valid' });
  }

  // A token that no longer authenticates needs a new one whatever it holds, and debug_token lists no scopes for
  // a revoked or unparseable one (docs/graph-api.md "debug_token response"): no scope is reported missing.
  const dead = problems.some((problem) => isRefused(problem.kind));

  const dataAccess = inspection.dataAccessExpiresAt;
  if (dataAccess instanceof Date && dataAccess.getTime() <= now.getTime()) {
    problems.push({ kind: 'DATA_ACCESS_EXPIRED', at: dataAccess });
  }

  const granted = new Set(inspection.scopes);
  const missingScopes = dead ? [] : input.requiredScopes.filter((scope) => !granted.has(scope));
  if (missingScopes.length > 0) problems.push({ kind: 'MISSING_PERMISSIONS', missing: missingScopes });

  const warnBefore = now.getTime() + input.warningDays * DAY_MS;
  if (inspection.expiresAt instanceof Date && !expiredByClock && inspection.expiresAt.getTime() <= warnBefore) {
    problems.push({ kind: 'EXPIRING_SOON', what: 'token', at: inspection.expiresAt });
  }
  if (dataAccess instanceof Date && dataAccess.getTime() > now.getTime() && dataAccess.getTime() <= warnBefore) {
    problems.push({ kind: 'EXPIRING_SOON', what: 'data access', at: dataAccess });
  }

  const state = problems[0]?.kind ?? 'VALID';
  return {
    state,
    // Whether the token still authenticates; it may do so and still lack a scope.
    isValid: inspection.isValid && error === undefined && !expiredByClock,
    missingScopes,
    problems,
  };
}

/**
 * Facebook refuses a token in these states (and with these problems) outright: it needs a new one
 * whatever else it holds or lacks, and calling Graph with it would only add an error to the app's counters.
 */
const REFUSED_STATES: readonly string[] = ['EXPIRED', 'INVALIDATED', 'REVOKED'] satisfies readonly TokenState[];

/** A state, or a problem kind, that Facebook refuses outright. */
export function isRefused(stateOrProblem: string): boolean {
  return REFUSED_STATES.includes(stateOrProblem);
}

/** Worth calling Graph with: Facebook has not refused it. A token never checked yet may still work. */
export function isUsable(state: TokenState): boolean {
  return !isRefused(state);
}

/** Facebook's last answer says the token authenticates (it may still lack a permission or its data access). */
export function isKnownToAuthenticate(state: TokenState): boolean {
  return state !== 'UNCHECKED' && isUsable(state);
}

/**
 * Facebook's last answer says the token authenticates with live data access: it can do the work of every
 * job whose scopes it holds. A working token that lacks none of them is HEALTHY (see healthOf).
 */
export function canWork(state: TokenState): boolean {
  return state === 'VALID' || state === 'EXPIRING_SOON' || state === 'MISSING_PERMISSIONS';
}

/**
 * HEALTHY or UNHEALTHY from the last successful check; UNKNOWN while never checked, or once the last
 * `unknownAfter` checks in a row failed (Facebook could not be asked, so the stored state may be stale).
 */
export function healthOf(state: TokenState, checks?: { consecutiveFailures: number; unknownAfter: number }): Health {
  if (checks && checks.consecutiveFailures >= checks.unknownAfter) return 'UNKNOWN';
  if (state === 'UNCHECKED') return 'UNKNOWN';
  // MISSING_PERMISSIONS is the state of a working token only when it lacks a needed scope.
  if (canWork(state) && state !== 'MISSING_PERMISSIONS') return 'HEALTHY';
  return 'UNHEALTHY';
}

/** The expiry times "expires within `days` days" covers: after `now`, and no later than `days` days from it. */
export function expiryWindow(now: Date, days: number): { from: Date; to: Date } {
  return { from: now, to: new Date(now.getTime() + days * DAY_MS) };
}
