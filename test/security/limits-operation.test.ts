import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDocument } from '@urql/core';
import { Kind, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIMIT_CODES } from '../../src/http/operation-limits.ts';
import { getSchema } from '../../src/graphql/schema.ts';
import { ROOT } from '../helpers/spawn.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { costBombQuery, DASHBOARD_QUERY, deepHistoryQuery, manyAliasesQuery } from './attacks.ts';
import { sampleVariables, testOperations } from './operations.ts';
import { linesAboveDebug, postOperation } from './support.ts';

const limitCodes: unknown[] = Object.values(LIMIT_CODES);

/** `{ viewer { role role … } }` with exactly `tokens` tokens. */
const tokensQuery = (tokens: number) => `{ viewer { ${'role '.repeat(tokens - 5)}} }`;
/** `{ viewer { role } }` and a comment, `length` characters in all. */
const longQuery = (length: number) => `{ viewer { role } }\n#${'x'.repeat(length - 21)}`;
const directivesQuery = (count: number) => `{ viewer { ${'role @skip(if: false) '.repeat(count)}} }`;
const PAGES =
  'query Pages($first: Int) { authorizations(first: $first) { edges { node { adAccounts(first: $first) { edges { node { name } } } } } } }';

async function app(env: Record<string, string> = {}) {
  const t = await createTestApp({ env });
  return { t, apiKey: t.createApiKey({ role: 'VIEWER' }) };
}

describe('operation limits, with their defaults', () => {
  it('let every operation in test/ through, with first: 100 wherever first is a variable', async () => {
    const { t, apiKey } = await app();
    const schema = getSchema();
    // Subscriptions are left out: their stream stays open; test/history/live-events*.test.ts run them under these limits.
    const operations = testOperations().filter((op) => op.operation.operation !== 'subscription');
    expect(operations.length).toBeGreaterThan(30);
    for (const op of operations) {
      const response = await postOperation(t, apiKey, op.query, sampleVariables(schema, op.operation));
      expect({ operation: op.name, refused: response.codes.filter((code) => limitCodes.includes(code)) }).toEqual({
        operation: op.name,
        refused: [],
      });
    }
  });

  it('let every document of the dashboard in web/ through, with the page sizes it asks for, as urql sends it', async () => {
    const { t, apiKey } = await app();
    const schema = getSchema();
    const documents = JSON.parse(readFileSync(join(ROOT, 'web/src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;
    // urql adds __typename to every selection (its cache needs it): each costs 1 more, per item of a list.
    const operations = Object.values(documents)
      .map((source) => print(formatDocument(parse(source))))
      .map((query) => ({ query, operation: parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)! }))
      .filter(({ operation }) => operation.operation !== 'subscription');
    expect(operations.length).toBeGreaterThan(10);
    for (const { query, operation } of operations) {
      const response = await postOperation(t, apiKey, query, sampleVariables(schema, operation));
      expect({ operation: operation.name?.value, refused: response.codes.filter((code) => limitCodes.includes(code)) }).toEqual({
        operation: operation.name?.value,
        refused: [],
      });
    }
  });

  it('let the dashboard query through: 50 authorizations with 10 ad accounts and 5 events each', async () => {
    const { t, apiKey } = await app();
    const response = await postOperation(t, apiKey, DASHBOARD_QUERY);
    expect(response.body).toEqual({ data: { authorizations: expect.objectContaining({ totalCount: 0 }) } });
  });

  it.each([
    ['depth', LIMIT_CODES.depth, deepHistoryQuery(12, 1), deepHistoryQuery(13, 1)],
    ['aliases', LIMIT_CODES.aliases, manyAliasesQuery(15), manyAliasesQuery(16)],
    ['directives', LIMIT_CODES.directives, directivesQuery(50), directivesQuery(51)],
    ['tokens', LIMIT_CODES.tokens, tokensQuery(600), tokensQuery(601)],
    ['length (50 characters a token)', LIMIT_CODES.size, longQuery(30_000), longQuery(30_001)],
  ])('%s: an operation at the limit runs, one step over is refused with %s', async (_limit, code, atLimit, overLimit) => {
    const { t, apiKey } = await app();
    const allowed = await postOperation(t, apiKey, atLimit);
    expect(allowed.status, allowed.text).toBe(200);
    expect(allowed.body?.errors).toBeUndefined();

    const from = t.logs.records.length;
    const refused = await postOperation(t, apiKey, overLimit);
    expect({ status: refused.status, codes: refused.codes, data: refused.body?.data }).toEqual({
      status: 400,
      codes: [code],
      data: undefined,
    });
    expect(linesAboveDebug(t, from)).toEqual([]);
  });

  it('cost: first multiplies what is under it, from variables as from literals, for the same document', async () => {
    const { t, apiKey } = await app();
    // 1 + first × (3 + 3 × first): 7,651 with first: 50, 30,301 with first: 100 (the limit is 20,000).
    const fifty = await postOperation(t, apiKey, PAGES, { first: 50 });
    expect(fifty.body).toEqual({ data: { authorizations: { edges: [] } } });
    const hundred = await postOperation(t, apiKey, PAGES, { first: 100 });
    expect({ status: hundred.status, codes: hundred.codes }).toEqual({ status: 400, codes: [LIMIT_CODES.cost] });
    expect(hundred.body?.errors?.[0]?.message).toContain('costs 30301');
    // Validation results are cached by document; the cost must not be.
    expect((await postOperation(t, apiKey, PAGES, { first: 50 })).body).toEqual(fifty.body);
  });

  it('cost: the ten-alias bomb is refused though each of its parts is within the other limits', async () => {
    const { t, apiKey } = await app();
    const from = t.logs.records.length;
    const bomb = await postOperation(t, apiKey, costBombQuery());
    expect({ status: bomb.status, codes: bomb.codes }).toEqual({ status: 400, codes: [LIMIT_CODES.cost] });
    expect(linesAboveDebug(t, from)).toEqual([]);
  });

  it('a refusal is a request error: 400 under application/graphql-response+json, 200 under application/json', async () => {
    const { t, apiKey } = await app();
    for (const query of [
      deepHistoryQuery(13, 1),
      manyAliasesQuery(16),
      directivesQuery(51),
      tokensQuery(601),
      longQuery(30_001),
      costBombQuery(),
    ]) {
      const asJson = await postOperation(t, apiKey, query, {}, { accept: 'application/json' });
      expect({ status: asJson.status, contentType: asJson.contentType, data: asJson.body?.data }).toEqual({
        status: 200,
        contentType: expect.stringContaining('application/json'),
        data: undefined,
      });
      expect(asJson.codes).toHaveLength(1);
      expect(limitCodes).toContain(asJson.codes[0]);
    }
  });
});

describe('operation limits are settings', () => {
  it('ADSAUTH_MAX_DEPTH, _ALIASES, _DIRECTIVES, _TOKENS (and with it the length) and _COST lower each limit', async () => {
    const { t, apiKey } = await app({
      ADSAUTH_MAX_DEPTH: '3',
      ADSAUTH_MAX_ALIASES: '1',
      ADSAUTH_MAX_DIRECTIVES: '1',
      ADSAUTH_MAX_TOKENS: '100',
      ADSAUTH_MAX_COST: '3',
    });
    const codeOf = async (query: string) => (await postOperation(t, apiKey, query)).codes;
    expect(await codeOf('{ viewer { workspace { name } } }')).toEqual([]);
    expect(await codeOf('{ viewer { workspace { id name } } }')).toEqual([LIMIT_CODES.cost]);
    expect(await codeOf('{ authorizations(first: 1) { edges { node { id } } } }')).toEqual([LIMIT_CODES.depth]);
    expect(await codeOf('{ a: viewer { role } b: viewer { role } }')).toEqual([LIMIT_CODES.aliases]);
    expect(await codeOf('{ viewer { role @skip(if: false) apiKeyName @skip(if: false) } }')).toEqual([LIMIT_CODES.directives]);
    expect(await codeOf(tokensQuery(101))).toEqual([LIMIT_CODES.tokens]);
    expect(await codeOf(longQuery(5_001))).toEqual([LIMIT_CODES.size]);
  });

  it('the aliases limit holds alone: 1,000 aliases with the token limit lifted are refused for their aliases', async () => {
    const { t, apiKey } = await app({ ADSAUTH_MAX_TOKENS: '100000' });
    const refused = await postOperation(t, apiKey, manyAliasesQuery(1000));
    expect({ status: refused.status, codes: refused.codes }).toEqual({ status: 400, codes: [LIMIT_CODES.aliases] });
  });
});
