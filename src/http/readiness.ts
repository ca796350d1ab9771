import type { Plugin } from 'graphql-yoga';

const READINESS_PATH = '/readyz';

/**
 * GET /readyz: 200 while `check` says the database answers, 503 when it does not or throws. (yoga's
 * useReadinessCheck also matches every other request's URL against a URLPattern, which cost a
 * twentieth of a small GraphQL request's CPU.)
 */
export function useReadiness(check: () => boolean): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== READINESS_PATH) return;
      let ready: boolean;
      try {
        ready = check();
      } catch {
        ready = false;
      }
      endResponse(new fetchAPI.Response(null, { status: ready ? 200 : 503 }));
    },
  };
}
