import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Registry } from 'prom-client';
import type { Logger } from '../../log.ts';

const METRICS_PATH = '/metrics';

/**
 * GET /metrics in the Prometheus text format. ADSAUTH_METRICS_TOKEN is required as a bearer token
 * when set; unset, /metrics is off (404) in live mode and open in sandbox mode. `beforeScrape` sets
 * the gauges read from the database.
 */
export function metricsEndpoint(deps: {
  registry: Registry;
  token: string | undefined;
  mode: 'sandbox' | 'live';
  beforeScrape: () => void;
  log: Logger;
}): Plugin {
  const { registry } = deps;
  const access = metricsAccess(deps.token, deps.mode);
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== METRICS_PATH) return;
      const allowed = access(request);
      if (allowed === 'off') return endResponse(new Response(null, { status: 404 }));
      if (allowed === 'unauthorized') {
        return endResponse(
          new Response('A valid metrics token is required: send Authorization: Bearer <ADSAUTH_METRICS_TOKEN>\n', {
            status: 401,
            headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="adsauth metrics"' },
          }),
        );
      }
      if (request.method !== 'GET') return endResponse(new Response(null, { status: 405, headers: { allow: 'GET' } }));
      try {
        deps.beforeScrape();
        const text = await registry.metrics();
        endResponse(new Response(text, { headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' } }));
      } catch (error) {
        deps.log.error({ err: error }, 'metrics could not be collected');
        endResponse(new Response('metrics are unavailable\n', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
      }
    },
  };
}

type Access = 'open' | 'off' | 'unauthorized';

function metricsAccess(token: string | undefined, mode: 'sandbox' | 'live'): (request: Request) => Access {
  if (token === undefined) return () => (mode === 'sandbox' ? 'open' : 'off');
  // Equal-length digests, so timingSafeEqual neither throws nor tells the token's length.
  const expected = digest(token);
  return (request) => {
    const sent = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    return sent !== undefined && timingSafeEqual(digest(sent), expected) ? 'open' : 'unauthorized';
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();
