import DataLoader from 'dataloader';
import type { UseCases } from './services/index.ts';
import type { AuthorizationRow } from './services/records.ts';
import type { Viewer } from './services/api-keys/api-keys.ts';
import type { RequestGraphBudget } from './services/kernel/graph-budget.ts';

/** Per-request loaders: every re-check asked for in one tick becomes one batched Graph round, under the request's deadline. */
export function createLoaders(services: UseCases, viewer: Viewer, graphBudget: Pick<RequestGraphBudget, 'signal'>) {
  return {
    tokenRecheck: new DataLoader<string, AuthorizationRow>(async (ids) => {
      const updated = await services.authorizations.recheck(viewer.workspaceId, ids, viewer.apiKeyName, graphBudget.signal);
      return ids.map((id) => updated.get(id) ?? new Error(`authorization ${id} disappeared during the check`));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
