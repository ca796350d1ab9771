import type { Logger } from './log.ts';
import type { Services } from './app.ts';
import type { Viewer } from './services/api-keys.ts';
import type { Loaders } from './loaders.ts';

/** Built once per GraphQL request, after the API key has been checked. */
export interface Context {
  viewer: Viewer;
  services: Services;
  loaders: Loaders;
  log: Logger;
}
