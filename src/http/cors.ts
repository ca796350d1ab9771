import type { YogaServerOptions } from 'graphql-yoga';

/** Stub: to be replaced by the allow-list. */
export function corsOptions(_origins: readonly string[]): YogaServerOptions<Record<string, never>, object>['cors'] {
  return undefined;
}
