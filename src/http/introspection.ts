import type { Plugin } from 'graphql-yoga';

/** Stub. */
export function introspectionPlugins(_enabled: boolean): Plugin[] {
  return [];
}
