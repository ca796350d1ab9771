import DataLoader from 'dataloader';
import type { UseCases } from './services/index.ts';
import type { AuthorizationRecord, AuthorizationRow } from './services/records.ts';
import type { AdAccountFilter, AdAccountPage, AdAccountPageArgs } from './services/ad-accounts/ad-account-queries.ts';
import type { Viewer } from './services/api-keys/api-keys.ts';
import type { HistoryCursor, HistoryPage } from './services/history/history.ts';
import type { RequestGraphBudget } from './services/kernel/graph-budget.ts';

/** One authorization's ad-account page (or count), asked for with arguments that pages of other authorizations may share. */
interface OfAuthorization<Args> {
  authorization: AuthorizationRecord;
  args: Args;
}

type HistoryPageArgs = { first: number; after: HistoryCursor | undefined };
type PageLoader<Args, Result> = DataLoader<OfAuthorization<Args>, Result, string>;

/**
 * Per-request loaders. Every re-check asked for in one tick becomes one batched Graph round, under the
 * request's deadline; every Authorization.adAccounts page (and totalCount) and history page asked for in one tick
 * becomes one statement per distinct set of arguments, whatever the number of authorizations.
 * Each loader is made when a resolver first asks for it: most requests use none of them, or one.
 */
export class Loaders {
  #tokenRecheck?: DataLoader<string, AuthorizationRow>;
  #adAccountPage?: PageLoader<AdAccountPageArgs, AdAccountPage>;
  #historyPage?: PageLoader<HistoryPageArgs, HistoryPage>;
  #adAccountCount?: PageLoader<AdAccountFilter, number>;
  #historyCount?: DataLoader<string, number>;

  constructor(
    private readonly services: UseCases,
    private readonly viewer: Viewer,
    private readonly graphBudget: Pick<RequestGraphBudget, 'signal'>,
  ) {}

  get tokenRecheck() {
    return (this.#tokenRecheck ??= new DataLoader<string, AuthorizationRow>(async (ids) => {
      const { services, viewer, graphBudget } = this;
      const updated = await services.authorizations.recheck(viewer.workspaceId, ids, viewer.apiKeyName, graphBudget.signal);
      return ids.map((id) => updated.get(id) ?? new Error(`authorization ${id} disappeared during the check`));
    }));
  }

  get adAccountPage() {
    return (this.#adAccountPage ??= pageLoader((authorizations, args) => this.services.adAccounts.pages(authorizations, args)));
  }

  get historyPage() {
    return (this.#historyPage ??= pageLoader((authorizations, args: HistoryPageArgs) =>
      this.services.history.pages(
        this.viewer.workspaceId,
        authorizations.map((row) => row.id),
        args,
      ),
    ));
  }

  get historyCount() {
    return (this.#historyCount ??= new DataLoader<string, number>(async (authorizationIds) =>
      this.services.history.counts(this.viewer.workspaceId, authorizationIds),
    ));
  }

  get adAccountCount() {
    return (this.#adAccountCount ??= pageLoader((authorizations, filter: AdAccountFilter) =>
      this.services.adAccounts.counts(authorizations, filter),
    ));
  }
}

const keyOf = (key: OfAuthorization<unknown>) => `${key.authorization.id} ${JSON.stringify(key.args)}`;

/** A loader whose keys asked for with the same arguments are answered by one call of `load`. */
function pageLoader<Args, Result>(
  load: (authorizations: AuthorizationRecord[], args: Args) => Map<string, Result>,
): PageLoader<Args, Result> {
  return new DataLoader<OfAuthorization<Args>, Result, string>(async (keys) => batchByArgs(keys, load), { cacheKeyFn: keyOf });
}

/** Groups the keys by their arguments, answers each group with one call, and returns the results in key order. */
function batchByArgs<Args, Result>(
  keys: readonly OfAuthorization<Args>[],
  load: (authorizations: AuthorizationRecord[], args: Args) => Map<string, Result>,
): (Result | Error)[] {
  const groups = new Map<string, { args: Args; authorizations: AuthorizationRecord[] }>();
  for (const key of keys) {
    const argsKey = JSON.stringify(key.args);
    const group = groups.get(argsKey);
    if (group) group.authorizations.push(key.authorization);
    else groups.set(argsKey, { args: key.args, authorizations: [key.authorization] });
  }
  const results = new Map<string, Result>();
  for (const [argsKey, group] of groups) {
    for (const [id, result] of load(group.authorizations, group.args)) results.set(`${id} ${argsKey}`, result);
  }
  return keys.map((key) => results.get(keyOf(key)) ?? new Error(`no ad accounts answer for authorization ${key.authorization.id}`));
}
