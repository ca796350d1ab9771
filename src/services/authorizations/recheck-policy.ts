// When tokenStatus(maxAgeSeconds) may ask Facebook again. The floor is about the authorization, not
// the caller: whoever asked last, by any key or request, it is asked at most once per
// ADSAUTH_MIN_RECHECK_SECONDS, and a caller who wants fresher gets the last answer with its checkedAt.
import type { AuthorizationRow } from '../../repositories/authorizations.ts';

type CheckTimes = Pick<AuthorizationRow, 'checkedAt' | 'lastCheckError'>;

/** The last time Facebook was asked about this token, whether it answered or not. */
export function lastCheckAttemptMs(row: CheckTimes): number | undefined {
  const failedAt = row.lastCheckError?.at;
  const times = [row.checkedAt?.getTime(), failedAt === undefined ? undefined : Date.parse(failedAt)].filter(
    (t): t is number => t !== undefined,
  );
  return times.length === 0 ? undefined : Math.max(...times);
}

/** Not asked (successfully or not) within the last `minRecheckSeconds`. */
export function outsideRecheckFloor(row: CheckTimes, nowMs: number, minRecheckSeconds: number): boolean {
  const attempt = lastCheckAttemptMs(row);
  return attempt === undefined || nowMs - attempt >= minRecheckSeconds * 1000;
}

/** The last successful check is older than `maxAgeSeconds`, and the floor allows asking again. */
export function recheckDue(row: CheckTimes, nowMs: number, options: { maxAgeSeconds: number; minRecheckSeconds: number }): boolean {
  const age = row.checkedAt ? nowMs - row.checkedAt.getTime() : Infinity;
  return age >= options.maxAgeSeconds * 1000 && outsideRecheckFloor(row, nowMs, options.minRecheckSeconds);
}
