// What one GraphQL request may spend of the app's Graph budget: one deadline for all its Graph work,
// and a unit of its API key's allowance for each Graph-calling mutation or field it runs. A unit is
// one invocation, not one HTTP call: the invocation is refused before any Graph call, so nothing is
// left half done, and each costs a handful of calls at most (tokenStatus re-checks cost one unit per
// authorization, as each is one debug_token call to Graph even inside a batch request).
import { RateLimited } from '../../domain/graph-budget-errors.ts';
import type { KeyRateLimiter } from './key-rate-limiter.ts';
import { requestDeadline } from './request-deadline.ts';
import type { ThrottleGuard } from './throttle-guard.ts';

export interface RequestGraphBudget {
  /** Fires at the request's deadline; every Graph call the request makes takes it. */
  readonly signal: AbortSignal;
  /** For a Graph-calling mutation or field: throws RateLimited when the key or the app may not spend now. */
  spend(target?: { adAccountId?: string }): void;
  /** For a tokenStatus re-check: false instead of an error (the field then answers the stored state). */
  trySpend(): boolean;
}

export function createGraphBudgets(deps: {
  limiter: KeyRateLimiter;
  throttleGuard: Pick<ThrottleGuard, 'requestWaitMs'>;
  requestDeadlineMs: number;
  requestUsageCeilingPercent: number;
}) {
  /** The refusal, or undefined when a unit was taken. The app's headroom is checked first, so it costs the key nothing. */
  function refusal(apiKeyId: string, adAccountId: string | undefined): RateLimited | undefined {
    const appWaitMs = deps.throttleGuard.requestWaitMs(deps.requestUsageCeilingPercent, adAccountId);
    if (appWaitMs > 0) return new RateLimited('APP_USAGE', seconds(appWaitMs));
    const keyWaitMs = deps.limiter.take(apiKeyId);
    if (keyWaitMs > 0) return new RateLimited('API_KEY', seconds(keyWaitMs));
    return undefined;
  }

  return {
    forRequest(apiKeyId: string): RequestGraphBudget {
      const deadline = requestDeadline(deps.requestDeadlineMs);
      return {
        get signal() {
          return deadline.signal;
        },
        spend(target = {}) {
          const refused = refusal(apiKeyId, target.adAccountId);
          if (refused) throw refused;
        },
        trySpend: () => refusal(apiKeyId, undefined) === undefined,
      };
    },
  };
}

export type GraphBudgets = ReturnType<typeof createGraphBudgets>;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
