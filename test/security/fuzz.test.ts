// 10,000 generated requests with a fixed seed through yoga.fetch: whatever a client sends, the answer is
// never our bug (no INTERNAL_SERVER_ERROR, no 5xx, nothing logged as an error) and never slow.
//
// "Slow" is over 1 s of wall time for one response. A request here takes a few milliseconds (the
// slowest ones call the local Graph sandbox), so 1 s leaves a margin of two orders of magnitude for a
// machine whose cores are busy with other work and for garbage collection; what the limit catches is
// work that grows with the input, which issue 8 measured in seconds (a depth-50 query took 37 s).
import { getSchema } from '../../src/graphql/schema.ts';
import { describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { setupAuthorizationTest } from '../authorizations/support.ts';
import { fuzzRequest, seededRandom } from './fuzz-requests.ts';
import { testOperations } from './operations.ts';
import { seedAuthorizations } from './seed.ts';
import { postOperation } from './support.ts';

const SEED = 0x5afe_2026;
const COUNT = 10_000;
const SLOW_MS = 1000;

describe('fuzzing the GraphQL endpoint', () => {
  it(
    `${COUNT} generated requests (seed ${SEED}): no INTERNAL_SERVER_ERROR, no 5xx, none over 1 s, no error logged`,
    { timeout: 120_000 },
    async () => {
      // info, not debug: 10,000 requests of yoga's debug lines would only slow the test down.
      const s = await setupAuthorizationTest({ env: { LOG_LEVEL: 'info' } });
      const apiKey = s.createApiKey({ role: 'ADMIN', name: 'fuzzer' });
      const [authorizationId] = await seedAuthorizations(
        (query, variables) => postOperation(s, apiKey, query, variables).then((r) => r.body ?? {}),
        s.world,
        {
          authorizations: 1,
          adAccounts: 2,
          renames: 1,
        },
      );
      const accounts = await postOperation(
        s,
        apiKey,
        'query($id: ID!) { authorization(id: $id) { adAccounts { edges { node { id } } } } }',
        { id: authorizationId },
      );
      const adAccountIds =
        JSON.stringify(accounts.body?.data)
          .match(/"id":"([^"]+)"/g)
          ?.map((m) => m.slice(6, -1)) ?? [];
      const workspaceId = encodeGlobalID('Workspace', s.services.apiKeys.authenticate(apiKey)!.workspaceId);
      const realIds = [authorizationId!, workspaceId, ...adAccountIds];
      expect(realIds).toHaveLength(4);

      // Subscriptions are left out: their answer is a stream that stays open.
      const context = {
        schema: getSchema(),
        operations: testOperations().filter((op) => op.operation.operation !== 'subscription'),
        apiKey,
        realIds,
      };
      const random = seededRandom(SEED);
      const statuses = new Map<number, number>();
      const kinds = new Map<string, number>();
      const failures: unknown[] = [];
      let slowestMs = 0;
      for (let i = 0; i < COUNT; i++) {
        const request = fuzzRequest(random, context);
        const started = performance.now();
        const response = await s.yoga.fetch(`http://127.0.0.1${request.path}`, {
          method: request.method,
          headers: request.headers,
          body: request.body as BodyInit | undefined,
        });
        const text = await response.text();
        const elapsedMs = performance.now() - started;
        slowestMs = Math.max(slowestMs, elapsedMs);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        kinds.set(request.kind, (kinds.get(request.kind) ?? 0) + 1);
        if (response.status >= 500 || text.includes('INTERNAL_SERVER_ERROR') || elapsedMs > SLOW_MS) {
          failures.push({
            i,
            kind: request.kind,
            status: response.status,
            elapsedMs: Math.round(elapsedMs),
            body: String(request.body).slice(0, 300),
            answer: text.slice(0, 300),
          });
        }
      }

      expect(failures.slice(0, 5), `${failures.length} failures`).toEqual([]);
      expect(s.logs.records.filter((record) => record.level >= 50)).toEqual([]);
      expect(slowestMs).toBeLessThan(SLOW_MS);
      // The mix really exercised both sides: answers with data, and client errors of every kind.
      expect(statuses.get(200)).toBeGreaterThan(COUNT / 5);
      expect(statuses.get(400)).toBeGreaterThan(COUNT / 5);
      expect([...kinds.keys()].sort()).toEqual([
        'GET',
        'bad variables',
        'broken JSON',
        'broken document',
        'foreign JSON',
        'odd headers',
        'odd method',
        'operation',
        'random bytes',
      ]);
    },
  );
});
