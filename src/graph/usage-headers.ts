// docs/graph-api.md "Usage headers": the usage headers hold JSON strings. Meta sends them only "once enough calls have
// been made" and their content varies, so every part is optional and garbage is skipped, never thrown.
import type { UsageReport } from './graph-api.ts';

export type HeaderLookup = (name: string) => string | null | undefined;

type BusinessUseCaseEntry = UsageReport['businessUseCase'][string][number];

export function lookupFetchHeaders(headers: Headers): HeaderLookup {
  return (name) => headers.get(name);
}

/** Batch items carry `headers: [{ name, value }]` (docs/graph-api.md "Batch requests"); names are case-insensitive. */
export function lookupBatchHeaders(headers: readonly { name?: unknown; value?: unknown }[]): HeaderLookup {
  return (name) => {
    const found = headers.find((h) => typeof h.name === 'string' && h.name.toLowerCase() === name.toLowerCase());
    return typeof found?.value === 'string' ? found.value : undefined;
  };
}

/** Undefined when none of the usage headers carries anything readable. */
export function parseUsageHeaders(lookup: HeaderLookup): UsageReport | undefined {
  const app = asRecord(parseJson(lookup('x-app-usage')));
  const adAccount = asRecord(parseJson(lookup('x-ad-account-usage')));
  const insights = asRecord(parseJson(lookup('x-fb-ads-insights-throttle')));
  const businessUseCase = parseBusinessUseCase(parseJson(lookup('x-business-use-case-usage')));

  const appUsage = app && {
    callCount: num(app.call_count),
    totalTime: num(app.total_time),
    totalCputime: num(app.total_cputime),
  };
  const adAccountUsage = adAccount && {
    accIdUtilPct: num(adAccount.acc_id_util_pct),
    resetTimeDuration: num(adAccount.reset_time_duration),
    adsApiAccessTier: str(adAccount.ads_api_access_tier),
  };
  const bucEntries = Object.values(businessUseCase).flat();
  if (!appUsage && !adAccountUsage && !insights && bucEntries.length === 0) return undefined;

  const adsApiAccessTier =
    bucEntries.find((entry) => entry.adsApiAccessTier)?.adsApiAccessTier ??
    adAccountUsage?.adsApiAccessTier ??
    str(insights?.ads_api_access_tier);
  return { appUsage, adAccountUsage, businessUseCase, adsApiAccessTier };
}

function parseBusinessUseCase(value: unknown): UsageReport['businessUseCase'] {
  const result: UsageReport['businessUseCase'] = {};
  for (const [objectId, rawEntries] of Object.entries(asRecord(value) ?? {})) {
    const list = Array.isArray(rawEntries) ? rawEntries : [rawEntries];
    const entries = list
      .map(asRecord)
      .filter((entry) => entry !== undefined)
      .map(toBusinessUseCaseEntry);
    if (entries.length > 0) result[objectId] = entries;
  }
  return result;
}

function toBusinessUseCaseEntry(entry: Record<string, unknown>): BusinessUseCaseEntry {
  return {
    type: str(entry.type) ?? 'unknown',
    callCount: num(entry.call_count),
    totalCputime: num(entry.total_cputime),
    totalTime: num(entry.total_time),
    estimatedTimeToRegainAccess: num(entry.estimated_time_to_regain_access),
    adsApiAccessTier: str(entry.ads_api_access_tier),
  };
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Percentages and durations arrive as numbers, sometimes as numeric strings; anything else counts as 0. */
function num(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
