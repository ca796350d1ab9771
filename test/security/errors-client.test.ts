// Client mistakes come back as the client's: BAD_USER_INPUT or GRAPHQL_VALIDATION_FAILED (or yoga's
// BAD_REQUEST for a body that is not a GraphQL request), a 400 under graphql-response+json when the
// response has no data, nothing above debug in the log, and the request is never quoted whole.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { setupAuthorizationTest } from '../authorizations/support.ts';
import { linesAboveDebug, postOperation, postRaw } from './support.ts';

const NODE = 'query Node($id: ID!) { node(id: $id) { id } }';
const AUTHORIZATION = 'query Authorization($id: ID!) { authorization(id: $id) { id } }';
const UPDATE = 'mutation Update($input: UpdateAuthorizationInput!) { updateAuthorization(input: $input) { __typename } }';
const PAGE = 'query Page($first: Int, $filter: AuthorizationFilter) { authorizations(first: $first, filter: $filter) { totalCount } }';
const READINESS =
  'query Readiness($job: JobType!) { authorizations { edges { node { adAccounts { edges { node { exportReadiness(jobType: $job) { ready } } } } } } } }';

async function setup() {
  const s = await setupAuthorizationTest();
  const { authorization } = await s.registerSystemUser();
  const workspaceId = s.services.apiKeys.authenticate(s.apiKey)!.workspaceId;
  return { s, authorizationId: authorization.id, workspaceGlobalId: encodeGlobalID('Workspace', workspaceId) };
}

describe('errors the client caused', () => {
  it('are client errors before execution (no data): 400 BAD_USER_INPUT or GRAPHQL_VALIDATION_FAILED, logged at debug at most', async () => {
    const { s, authorizationId } = await setup();
    const cases: [string, string, Record<string, unknown>, string, string?][] = [
      ['a variable of the wrong type', NODE, { id: { nested: 1 } }, 'BAD_USER_INPUT'],
      ['a string for an Int', PAGE, { first: 'twenty' }, 'BAD_USER_INPUT'],
      ['an unknown input field', UPDATE, { input: { id: authorizationId, label: 'x', colour: 'red' } }, 'BAD_USER_INPUT'],
      ['a bad enum value in a variable', READINESS, { job: 'EXPORT_EVERYTHING' }, 'BAD_USER_INPUT'],
      ['a bad enum value in a nested input', PAGE, { filter: { health: 'GREAT' } }, 'BAD_USER_INPUT'],
      ['a required variable left out', NODE, {}, 'BAD_USER_INPUT'],
      ['a bad enum literal', '{ authorizations(filter: { health: GREAT }) { totalCount } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
      ['an unknown field', '{ viewer { shoeSize } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
      ['an unknown argument', '{ viewer(as: "admin") { role } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
      ['an Int literal out of range', '{ authorizations(first: 99999999999) { totalCount } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
      ['a syntax error', '{ viewer { role ', {}, 'GRAPHQL_PARSE_FAILED'],
    ];
    for (const [mistake, query, variables, code] of cases) {
      const from = s.logs.records.length;
      const response = await postOperation(s, s.apiKey, query, variables);
      expect({ mistake, status: response.status, codes: response.codes, data: response.body?.data }).toEqual({
        mistake,
        status: 400,
        codes: [code],
        data: undefined,
      });
      expect({ mistake, logged: linesAboveDebug(s, from) }).toEqual({ mistake, logged: [] });
    }
  });

  it("an unknown operation name is a 400 with yoga's code for it", async () => {
    const { s } = await setup();
    const response = await postRaw(s, JSON.stringify({ query: 'query A { viewer { role } }', operationName: 'B' }), {
      authorization: `Bearer ${s.apiKey}`,
    });
    expect({ status: response.status, codes: response.codes }).toEqual({ status: 400, codes: ['OPERATION_RESOLUTION_FAILURE'] });
  });

  it('a malformed global id, or one of another type, is BAD_USER_INPUT without quoting the id', async () => {
    const { s, workspaceGlobalId } = await setup();
    const from = s.logs.records.length;
    // Without data to show (the mutation's field is non-null): 400.
    for (const id of ['not-a-global-id', workspaceGlobalId, encodeGlobalID('Nope', '1')]) {
      const response = await postOperation(s, s.apiKey, UPDATE, { input: { id, label: 'x' } });
      expect({ id, status: response.status, codes: response.codes, data: response.body?.data }).toEqual({
        id,
        status: 400,
        codes: ['BAD_USER_INPUT'],
        data: null,
      });
      expect(response.text).not.toContain(id);
    }
    // With data (the field is nullable, so data is { authorization: null }): 200, as the GraphQL-over-HTTP spec requires.
    const partial = await postOperation(s, s.apiKey, AUTHORIZATION, { id: workspaceGlobalId });
    expect({ status: partial.status, codes: partial.codes, data: partial.body?.data }).toEqual({
      status: 200,
      codes: ['BAD_USER_INPUT'],
      data: { authorization: null },
    });
    expect(partial.body?.errors?.[0]?.message).toBe('The id is not the id of Authorization.');
    expect(linesAboveDebug(s, from)).toEqual([]);
  });

  it('node(id) with an id it cannot load (malformed, an unknown type, a type that is no Node, an interface) is BAD_USER_INPUT', async () => {
    const { s } = await setup();
    const from = s.logs.records.length;
    for (const id of [
      '%%%',
      encodeGlobalID('Nope', '1'),
      encodeGlobalID('Viewer', '1'),
      encodeGlobalID('Error', '1'),
      encodeGlobalID('__proto__', '1'),
    ]) {
      const response = await postOperation(s, s.apiKey, NODE, { id });
      expect({ id, status: response.status, codes: response.codes, data: response.body?.data }).toEqual({
        id,
        status: 200,
        codes: ['BAD_USER_INPUT'],
        data: { node: null },
      });
    }
    expect(linesAboveDebug(s, from)).toEqual([]);
  });

  it('a body that is not JSON, or not a GraphQL request, is 400 BAD_REQUEST and never echoed', async () => {
    const { s } = await setup();
    const auth = { authorization: `Bearer ${s.apiKey}` };
    for (const body of [
      '{"query": "{ viewer { role } }" ECHO-MARKER',
      '"ECHO-MARKER"',
      '[1, "ECHO-MARKER"]',
      '{"query": ["ECHO-MARKER"]}',
      '{"query": "{ viewer { role } }", "variables": "ECHO-MARKER"}',
    ]) {
      const from = s.logs.records.length;
      const response = await postRaw(s, body, auth);
      expect({ body, status: response.status, codes: response.codes }).toEqual({ body, status: 400, codes: ['BAD_REQUEST'] });
      expect(response.text).not.toContain('ECHO-MARKER');
      expect(linesAboveDebug(s, from)).toEqual([]);
    }
  });

  it('a long value in a bad variable is not reflected whole', async () => {
    const { s } = await setup();
    const long = 'x'.repeat(10_000);
    const response = await postOperation(s, s.apiKey, PAGE, { first: long });
    expect({ status: response.status, codes: response.codes }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
    expect(response.text.length).toBeLessThan(1000);
  });
});
