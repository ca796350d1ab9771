// graphql-http's GraphQL-over-HTTP conformance audits, against the gateway as it runs in production:
// live mode (a Facebook app configured: no CORS origins, metrics off), over real HTTP, with an API key
// on every request. No MUST and no SHOULD may fail.
import { serverAudits, type AuditResult } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { createTestApp, LIVE_MODE_ENV } from '../helpers/test-app.ts';

async function audit(env: Record<string, string>) {
  const t = await createTestApp({ env: { ...LIVE_MODE_ENV, ...env } });
  expect(t.config.mode).toBe('live');
  const apiKey = t.createApiKey({ role: 'VIEWER' });
  const url = `${await t.listen()}/graphql`;
  const fetchFn = (input: string, init: RequestInit = {}) =>
    fetch(input, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${apiKey}` } });
  const results: AuditResult[] = [];
  for (const { fn } of serverAudits({ url, fetchFn })) results.push(await fn());
  const failed = results
    .filter((result) => result.status === 'error' || result.status === 'warn')
    .map((result) => ({ id: result.id, name: result.name, reason: 'reason' in result ? result.reason : '' }));
  return { results, failed };
}

describe('graphql-http server audits', () => {
  it('pass in live mode with its defaults (introspection off), over HTTP with an API key: every MUST and SHOULD', async () => {
    // Two of the audits send variables to __type(name: $name), which stays open when introspection is off.
    const { results, failed } = await audit({});
    expect(failed).toEqual([]);
    expect(results.filter((result) => result.status === 'ok')).toHaveLength(results.length);
  });
});
