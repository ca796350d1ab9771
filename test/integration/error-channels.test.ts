// Proves the three error channels (README, "API keys and roles") on the real yoga instance. The fields
// used here exist only in this test file (vitest runs each file in its own module graph), so the
// documents are parsed by hand instead of coming from codegen.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import { builder } from '../../src/graphql/builder.ts';
import { ErrorInterface } from '../../src/graphql/types/error.ts';
import { gqlResponse } from '../helpers/gql.ts';
import { createTestApp } from '../helpers/test-app.ts';

class AccountLocked extends DomainError {
  constructor(readonly until: string) {
    super(`The account is locked until ${until}.`);
  }
}
class NotListedHere extends DomainError {}

builder.objectType(AccountLocked, {
  name: 'AccountLocked',
  interfaces: [ErrorInterface],
  fields: (t) => ({ until: t.exposeString('until') }),
});

builder.queryField('tryThings', (t) =>
  t.string({
    args: { outcome: t.arg.string({ required: true }) },
    errors: { types: [AccountLocked] },
    resolve: (_root, { outcome }) => {
      if (outcome === 'domain') throw new AccountLocked('tomorrow');
      if (outcome === 'unlisted') throw new NotListedHere('a domain error no field declared');
      if (outcome === 'coded') throw new GraphQLError('Not yours.', { extensions: { code: 'FORBIDDEN' } });
      if (outcome === 'crash') throw new Error('db file /var/lib/secret-path is corrupt');
      return 'fine';
    },
  }),
);

const TryThings = parse(`
  query TryThings($outcome: String!) {
    tryThings(outcome: $outcome) {
      __typename
      ... on QueryTryThingsSuccess { data }
      ... on Error { message }
      ... on AccountLocked { until }
    }
  }
`) as TypedDocumentNode<{ tryThings: Record<string, unknown> | null }, { outcome: string }>;

async function run(outcome: string) {
  const t = await createTestApp();
  const response = await gqlResponse(t, TryThings, { outcome }, { apiKey: t.createApiKey() });
  const errorLogs = t.logs.records.filter((record) => record.level >= 50);
  return { ...response, errorLogs };
}

describe('error channels', () => {
  it('a declared DomainError is data: a union member implementing Error', async () => {
    const { body, errorLogs } = await run('domain');
    expect(body).toEqual({
      data: { tryThings: { __typename: 'AccountLocked', message: 'The account is locked until tomorrow.', until: 'tomorrow' } },
    });
    expect(errorLogs).toEqual([]);
  });

  it('success is the other union member', async () => {
    const { body } = await run('ok');
    expect(body.data?.tryThings).toEqual({ __typename: 'QueryTryThingsSuccess', data: 'fine' });
  });

  it('a GraphQLError with extensions.code passes through with its path', async () => {
    const { body, errorLogs } = await run('coded');
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'Not yours.', path: ['tryThings'], extensions: { code: 'FORBIDDEN' } }),
    ]);
    expect(errorLogs).toEqual([]);
  });

  it.each(['crash', 'unlisted'])('an unexpected error (%s) is masked for the client and logged once with its stack', async (outcome) => {
    const { body, errorLogs } = await run(outcome);
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'Unexpected error.', path: ['tryThings'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/secret-path|no field declared/);
    expect(errorLogs).toHaveLength(1);
    expect(errorLogs[0]).toMatchObject({
      msg: 'unexpected error while resolving a request',
      err: { stack: expect.stringContaining('error-channels.test.ts') },
    });
  });
});
