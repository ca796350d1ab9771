// When a failed delivery is tried again: exponential backoff with jitter, for up to 24 h after the
// event; after that the delivery is FAILED. Pure, so tests can check it with a fixed `random`.

export interface RetryPolicy {
  /** The wait after the first failure, before jitter. */
  baseDelayMs: number;
  /** No wait grows beyond this. */
  maxDelayMs: number;
  /** How long after the event a delivery is still tried. */
  retryWindowMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 10_000, maxDelayMs: 3_600_000, retryWindowMs: 24 * 3_600_000 };

/**
 * "Equal jitter": half of each step is fixed and half random, so receivers that failed together do
 * not all come back at once, and (below the cap) no wait is shorter than the one before it.
 */
export function backoffMs(failedAttempts: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * After a failed attempt: when to try next, or undefined when the window is over. The last try is
 * made at the very end of the window rather than skipped.
 */
export function nextAttemptAt(
  input: { createdAt: Date; failedAttempts: number; now: Date },
  policy: RetryPolicy,
  random: () => number,
): Date | undefined {
  const deadline = input.createdAt.getTime() + policy.retryWindowMs;
  if (input.now.getTime() >= deadline) return undefined;
  return new Date(Math.min(deadline, input.now.getTime() + backoffMs(input.failedAttempts, policy, random)));
}
