import type { Logger } from './log.ts';
import type { UseCases } from './services/index.ts';
import type { Viewer } from './services/api-keys/api-keys.ts';
import type { Loaders } from './loaders.ts';
import type { RequestGraphBudget } from './services/kernel/graph-budget.ts';

/** Built once per GraphQL request, after the API key has been checked. */
export interface Context {
  viewer: Viewer;
  services: UseCases;
  loaders: Loaders;
  /** This request's deadline for Graph work, and its API key's allowance: resolvers that call Graph spend from it. */
  graphBudget: RequestGraphBudget;
  log: Logger;
}
