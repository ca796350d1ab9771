import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';

/** Stub: depth, aliases, directives, tokens and cost limits, checked before execution. */
export function operationLimitPlugins(_limits: Config['limits']): Plugin[] {
  return [];
}
