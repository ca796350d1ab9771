// What the seed asks of an app before it may move to the next access level. Only the call volume and
// error rate can be measured here (from adsauth's own call counters); the rest is Facebook's review.
import type { AccessTier } from './access-levels.ts';

export interface UpgradeCriterion {
  description: string;
  measurable: boolean;
  /** null when adsauth cannot measure it */
  met: boolean | null;
  /** e.g. "734 / 1000 calls, 3.1% errors"; null when adsauth cannot measure it */
  progress: string | null;
}

export interface CallTotals {
  calls: number;
  errors: number;
}

/** The seed's Basic criterion: at least 1000 calls with an error rate below 10% in the last 30 days. */
export const BASIC_CALL_VOLUME = { minCalls: 1000, maxErrorRate: 0.1, windowDays: 30 } as const;

/** 0 when no call was made: no calls means no errors, not an undefined rate. */
export function errorRate(totals: CallTotals): number {
  return totals.calls === 0 ? 0 : totals.errors / totals.calls;
}

const unmeasurable = (description: string): UpgradeCriterion => ({ description, measurable: false, met: null, progress: null });

/** The criteria for reaching `target` (the current level's next tier); none above STANDARD. */
export function upgradeCriteria(target: AccessTier | null, lastWindow: CallTotals): UpgradeCriterion[] {
  if (target === 'BASIC') {
    const { minCalls, maxErrorRate, windowDays } = BASIC_CALL_VOLUME;
    const rate = errorRate(lastWindow);
    return [
      {
        description: `At least ${minCalls} API calls with an error rate below ${maxErrorRate * 100}% in the last ${windowDays} days.`,
        measurable: true,
        met: lastWindow.calls >= minCalls && rate < maxErrorRate,
        progress: `${lastWindow.calls} / ${minCalls} calls, ${(rate * 100).toFixed(1)}% errors`,
      },
      unmeasurable('The app creates enough ads that pass ad review and contain no bad creatives.'),
      unmeasurable('The login flow is clear: people know which permissions are requested.'),
      unmeasurable("Apply for 'Ads Management Basic Access' in the app's 'Status and Review' panel (review takes about 3 business days)."),
    ];
  }
  if (target === 'STANDARD') {
    return [
      unmeasurable('Basic access was granted first: levels cannot be skipped.'),
      unmeasurable('Facebook accepts the app in a business review of the app and its business case (about two weeks).'),
    ];
  }
  return [];
}
