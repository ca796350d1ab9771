// Rate-limit simulation and the usage headers of docs/graph-api.md "Usage headers": X-App-Usage for token calls, and
// X-Business-Use-Case-Usage + X-Ad-Account-Usage keyed by the bare ad-account id on act_ calls.
import type { SandboxAccessTier, ThrottleSettings } from './types.ts';

const HOUR_MS = 60 * 60 * 1000;
/** docs/graph-api.md "Business use case quotas" ads_management quota with no active ads: 300 (Limited) / 100 000 (Full) calls per hour */
const ADS_MANAGEMENT_QUOTA: Record<SandboxAccessTier, number> = { development_access: 300, standard_access: 100_000 };
/** the app-level budget behind a derived X-App-Usage; generous so ordinary development never nears 100 % */
const APP_CALLS_PER_HOUR = 10_000;

export function defaultThrottle(): ThrottleSettings {
  return { adAccountBudget: null, regainAccessMinutes: 5, appUsagePct: null };
}

interface AccountWindow {
  startedAt: number;
  calls: number;
  blockedUntil: number | undefined;
}

export interface AdAccountVerdict {
  throttled: boolean;
  headers: Record<string, string>;
}

export class Throttle {
  private current = defaultThrottle();
  private accounts = new Map<string, AccountWindow>();
  private appCalls: number[] = [];

  constructor(private readonly nowMs: () => number) {}

  get settings(): ThrottleSettings {
    return { ...this.current };
  }

  /** New settings start every ad account's window afresh, so a test's budget counts from here. */
  set(patch: Partial<ThrottleSettings>): ThrottleSettings {
    this.current = { ...this.current, ...patch };
    this.accounts.clear();
    return this.settings;
  }

  reset(): void {
    this.current = defaultThrottle();
    this.accounts.clear();
    this.appCalls = [];
  }

  /** Counts one Graph call made with a token and returns the X-App-Usage header. */
  appCall(): Record<string, string> {
    const now = this.nowMs();
    this.appCalls.push(now);
    while (this.appCalls.length && this.appCalls[0]! <= now - HOUR_MS) this.appCalls.shift();
    const pct = this.current.appUsagePct ?? Math.min(99, Math.floor((this.appCalls.length * 100) / APP_CALLS_PER_HOUR));
    return { 'X-App-Usage': JSON.stringify({ call_count: pct, total_time: pct, total_cputime: pct }) };
  }

  /** One ads_management call on an ad account: counted, or refused once the budget is spent. */
  adAccountCall(accountId: string, tier: SandboxAccessTier): AdAccountVerdict {
    const now = this.nowMs();
    let window = this.accounts.get(accountId);
    const expired = window && (window.blockedUntil !== undefined ? now >= window.blockedUntil : now - window.startedAt >= HOUR_MS);
    if (!window || expired) {
      window = { startedAt: now, calls: 0, blockedUntil: undefined };
      this.accounts.set(accountId, window);
    }
    const budget = this.current.adAccountBudget;
    if (window.blockedUntil === undefined && budget !== null && window.calls >= budget) {
      window.blockedUntil = now + this.current.regainAccessMinutes * 60_000;
    }
    const throttled = window.blockedUntil !== undefined;
    if (!throttled) window.calls += 1;
    return { throttled, headers: this.adAccountHeaders(accountId, window, tier, now) };
  }

  private adAccountHeaders(accountId: string, window: AccountWindow, tier: SandboxAccessTier, now: number): Record<string, string> {
    const budget = this.current.adAccountBudget;
    const used = Math.floor((window.calls * 100) / Math.max(1, budget ?? ADS_MANAGEMENT_QUOTA[tier]));
    const blockedMs = window.blockedUntil === undefined ? 0 : Math.max(0, window.blockedUntil - now);
    // Graph starts throttling at 100 %: a blocked account shows at least that, an open one stays below it.
    const pct = blockedMs > 0 ? Math.max(100, used) : Math.min(budget === null ? 99 : 100, used);
    const regainMinutes = Math.ceil(blockedMs / 60_000);
    const usage = {
      type: 'ads_management',
      call_count: pct,
      total_cputime: pct,
      total_time: pct,
      estimated_time_to_regain_access: regainMinutes,
      ads_api_access_tier: tier,
    };
    return {
      'X-Business-Use-Case-Usage': JSON.stringify({ [accountId]: [usage] }),
      'X-Ad-Account-Usage': JSON.stringify({
        acc_id_util_pct: pct,
        reset_time_duration: Math.ceil(blockedMs / 1000),
        ads_api_access_tier: tier,
      }),
    };
  }
}
