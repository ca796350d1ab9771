// Who is throttled and for how long (docs/graph-api.md "Error classes", "Usage headers"): the scope follows the error code; the
// object and the wait come from the usage headers of the same response.
import type { UsageReport } from './graph-api.ts';
import type { ThrottleScope } from './errors.ts';

export interface ThrottleDetails {
  scope: ThrottleScope;
  objectId: string | undefined;
  retryAfterMs: number | undefined;
}

const BUC_SUBCODE = 2446079;

/** The X-Business-Use-Case-Usage `type` that each BUC code is about. */
const USE_CASE_BY_CODE: Record<number, string> = {
  80000: 'ads_insights',
  80001: 'pages',
  80002: 'instagram',
  80003: 'custom_audience',
  80004: 'ads_management',
  80005: 'leadgen',
  80006: 'messenger',
};

export function throttleScope(code: number, subcode: number | undefined): ThrottleScope {
  if (subcode !== undefined && subcode >= 4841000 && subcode <= 4841999) return 'app';
  if (code === 4 || code === 341) return 'app';
  if (code === 17) return subcode === BUC_SUBCODE ? 'ad_account' : 'user';
  if (code === 32 || code === 80001 || code === 80005 || code === 80006) return 'page';
  if (code === 613 || code === 80000 || code === 80003 || code === 80004) return 'ad_account';
  if (code >= 80000 && code <= 80014) return 'business';
  return 'unknown';
}

export function throttleDetails(code: number, subcode: number | undefined, usage: UsageReport | undefined): ThrottleDetails {
  const scope = throttleScope(code, subcode);
  const buc = mostThrottledObject(usage, USE_CASE_BY_CODE[code]);
  const bucWaitMs = buc && buc.minutes > 0 ? buc.minutes * 60_000 : undefined;
  const resetSeconds = usage?.adAccountUsage?.resetTimeDuration ?? 0;
  const adAccountWaitMs = resetSeconds > 0 ? resetSeconds * 1000 : undefined;
  return { scope, objectId: buc?.objectId, retryAfterMs: bucWaitMs ?? adAccountWaitMs };
}

/** The BUC object with the longest wait, preferring entries of the code's own use case. */
function mostThrottledObject(
  usage: UsageReport | undefined,
  useCase: string | undefined,
): { objectId: string; minutes: number } | undefined {
  const entries = Object.entries(usage?.businessUseCase ?? {}).flatMap(([objectId, list]) =>
    list.map((entry) => ({ objectId, type: entry.type, minutes: entry.estimatedTimeToRegainAccess })),
  );
  const sameUseCase = entries.filter((entry) => entry.type === useCase);
  const candidates = sameUseCase.length > 0 ? sameUseCase : entries.filter((entry) => entry.minutes > 0);
  return candidates.reduce<(typeof candidates)[number] | undefined>(
    (best, entry) => (!best || entry.minutes > best.minutes ? entry : best),
    undefined,
  );
}
