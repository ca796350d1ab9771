import type { Plugin } from 'graphql-yoga';

/** Stub. */
export function useSecurityHeaders(): Plugin {
  return {};
}
