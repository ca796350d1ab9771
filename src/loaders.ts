import DataLoader from 'dataloader';
import type { Services } from './app.ts';
import type { AuthorizationRow } from './repositories/authorizations.ts';
import type { Viewer } from './services/api-keys.ts';

/** Per-request loaders: every re-check asked for in one tick becomes one batched Graph round. */
export function createLoaders(services: Services, viewer: Viewer) {
  return {
    tokenRecheck: new DataLoader<string, AuthorizationRow>(async (ids) => {
      const updated = await services.authorizations.recheck(viewer.workspaceId, ids, viewer.apiKeyName);
      return ids.map((id) => updated.get(id) ?? new Error(`authorization ${id} disappeared during the check`));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
