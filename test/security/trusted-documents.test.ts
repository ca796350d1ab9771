import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FormattedExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.ts';
import { AuthorizationsQuery, RegisterSystemUserToken, UpdateAuthorization } from '../authorizations/documents.ts';
import { gql, gqlErrors } from '../helpers/gql.ts';
import { liveEnv, ROOT, runCli, tempDir } from '../helpers/spawn.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { ViewerQuery } from '../integration/documents.ts';

// What `npm run codegen` wrote for the operations in test/ (codegen:check keeps it current).
const PERSISTED_DOCUMENTS = join(ROOT, 'test/gql/persisted-documents.json');
const trusted = (): Record<string, string> => JSON.parse(readFileSync(PERSISTED_DOCUMENTS, 'utf8'));

/** The id codegen embedded in a typed document: `sha256:<hex>`. */
function documentId(document: TypedDocumentNode<unknown, never> | TypedDocumentNode<any, any>): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('the document carries no __meta__.hash: is persistedDocuments on in codegen.yml?');
  return hash;
}

type Via = 'documentId' | 'sha256Hash';

/** Sends a trusted document by id only, as a persisted-documents client does. */
async function byId<R, V>(app: TestApp, document: TypedDocumentNode<R, V>, variables: V, apiKey: string, via: Via) {
  const id = documentId(document);
  const body =
    via === 'documentId'
      ? { documentId: id, variables }
      : { variables, extensions: { persistedQuery: { version: 1, sha256Hash: id.replace(/^sha256:/, '') } } };
  return post(app, body, apiKey);
}

async function post(app: TestApp, body: unknown, apiKey?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  const response = await app.yoga.fetch('http://127.0.0.1/graphql', { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as FormattedExecutionResult<any> };
}

const codesOf = (body: FormattedExecutionResult) => body.errors?.map((error) => error.extensions?.code);

async function trustedApp() {
  return createTestApp({ env: { ADSAUTH_TRUSTED_DOCUMENTS: PERSISTED_DOCUMENTS } });
}

describe('codegen emits the trusted documents', () => {
  it('maps the sha256 of each document to the document, for every operation the tests send', () => {
    const documents = trusted();
    expect(Object.keys(documents).length).toBeGreaterThan(20);
    for (const [id, document] of Object.entries(documents)) {
      expect(id).toBe(`sha256:${createHash('sha256').update(document).digest('hex')}`);
    }
    for (const operation of [ViewerQuery, RegisterSystemUserToken, AuthorizationsQuery, UpdateAuthorization]) {
      expect(documents[documentId(operation)]).toBeTypeOf('string');
    }
  });
});

describe('ADSAUTH_TRUSTED_DOCUMENTS', () => {
  it('runs trusted documents by documentId and by extensions.persistedQuery.sha256Hash, queries and mutations alike', async () => {
    const app = await trustedApp();
    const editor = app.createApiKey({ role: 'EDITOR', name: 'dashboard' });
    const world = app.sandbox!.world;
    const business = world.createBusiness({ name: 'Agency BM' });
    const systemUser = world.createSystemUser({ businessId: business.id, name: 'Exporter', role: 'EMPLOYEE' });
    const token = world.createToken({
      type: 'SYSTEM_USER',
      userId: systemUser.id,
      scopes: ['ads_management', 'business_management'],
      expiresInSeconds: 0,
    });

    const viewer = await byId(app, ViewerQuery, {}, editor, 'documentId');
    expect(viewer).toMatchObject({ status: 200, body: { data: { viewer: { role: 'EDITOR', apiKeyName: 'dashboard' } } } });
    expect(viewer.body.errors).toBeUndefined();

    // A mutation that calls Graph (the sandbox) to check the token, by sha256Hash.
    const input = { label: 'Exporter', accessToken: token.accessToken, businessId: business.id };
    const registered = await byId(app, RegisterSystemUserToken, { input }, editor, 'sha256Hash');
    expect(registered.status).toBe(200);
    const payload = registered.body.data.registerSystemUserToken;
    expect(payload).toMatchObject({
      __typename: 'RegisterSystemUserTokenPayload',
      authorization: { label: 'Exporter', method: 'SYSTEM_USER' },
    });

    const updated = await byId(
      app,
      UpdateAuthorization,
      { input: { id: payload.authorization.id, label: 'Renamed' } },
      editor,
      'documentId',
    );
    expect(updated.body.data.updateAuthorization).toMatchObject({
      __typename: 'AuthorizationPayload',
      authorization: { label: 'Renamed' },
    });

    const listed = await byId(app, AuthorizationsQuery, { first: 10 }, editor, 'sha256Hash');
    expect(listed.body.data.authorizations).toMatchObject({
      totalCount: 1,
      edges: [{ node: { id: payload.authorization.id, label: 'Renamed' } }],
    });

    // A query by GET, as a persisted-documents client may send it (mutations stay POST-only).
    const search = new URLSearchParams({ documentId: documentId(AuthorizationsQuery), variables: JSON.stringify({ first: 10 }) });
    const viaGet = await app.yoga.fetch(`http://127.0.0.1/graphql?${search}`, {
      headers: { accept: 'application/graphql-response+json', authorization: `Bearer ${editor}` },
    });
    expect(viaGet.status).toBe(200);
    expect(await viaGet.json()).toMatchObject({ data: { authorizations: { totalCount: 1 } } });
  });

  it('refuses any other document for keys below OPERATOR (400 PERSISTED_QUERY_ONLY), and runs it for an OPERATOR key', async () => {
    const app = await trustedApp();
    for (const role of ['VIEWER', 'EDITOR', 'ADMIN'] as const) {
      const key = app.createApiKey({ role, name: `${role} key` });
      const refused = await post(app, { query: '{ viewer { role } }' }, key);
      expect(refused.status, role).toBe(400);
      expect(codesOf(refused.body), role).toEqual(['PERSISTED_QUERY_ONLY']);
      expect(refused.body.data, role).toBeUndefined();
      // The exact text of a trusted document is still not run by text: the id is what is trusted.
      const asText = await gqlErrors(app, ViewerQuery, {}, { apiKey: key, headers: { accept: 'application/graphql-response+json' } });
      expect(asText).toMatchObject({ status: 400, codes: ['PERSISTED_QUERY_ONLY'] });
    }

    const operator = app.createApiKey({ role: 'OPERATOR', name: 'ops' });
    expect((await post(app, { query: '{ viewer { role } }' }, operator)).body).toEqual({ data: { viewer: { role: 'OPERATOR' } } });
    expect((await gql(app, ViewerQuery, {}, { apiKey: operator })).viewer.role).toBe('OPERATOR');
    // OPERATOR keys can use the trusted ids too.
    expect((await byId(app, ViewerQuery, {}, operator, 'documentId')).body.data.viewer.role).toBe('OPERATOR');
  });

  it('refuses an unknown id (400 PERSISTED_QUERY_NOT_FOUND), and a request with neither id nor query', async () => {
    const app = await trustedApp();
    const admin = app.createApiKey({ role: 'ADMIN' });
    const arbitrary = `sha256:${createHash('sha256').update('{ viewer { role } }').digest('hex')}`;
    for (const body of [
      { documentId: arbitrary },
      { documentId: 'sha256:0000' },
      { extensions: { persistedQuery: { version: 1, sha256Hash: arbitrary.slice('sha256:'.length) } } },
    ]) {
      const refused = await post(app, body, admin);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(codesOf(refused.body), JSON.stringify(body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    }
    const empty = await post(app, { variables: {} }, admin);
    expect(empty.status).toBe(400);
    expect(codesOf(empty.body)).toEqual(['PERSISTED_QUERY_ID_REQUIRED']);
  });

  it('still asks for a key: an arbitrary document without one is UNAUTHENTICATED, not run', async () => {
    const app = await trustedApp();
    const anonymous = await post(app, { query: '{ viewer { role } }' });
    expect(anonymous.status).toBe(401);
    expect(codesOf(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    const trustedWithoutKey = await byId(app, ViewerQuery, {}, '', 'documentId');
    expect(trustedWithoutKey.status).toBe(401);
    expect(codesOf(trustedWithoutKey.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('changes nothing when unset: any document runs for an ADMIN key', async () => {
    const app = await createTestApp();
    const admin = app.createApiKey({ role: 'ADMIN' });
    expect((await post(app, { query: '{ viewer { role } }' }, admin)).body).toEqual({ data: { viewer: { role: 'ADMIN' } } });
  });
});

describe('a trusted-documents file that cannot be used stops start-up', () => {
  const bad: [string, string | undefined, RegExp][] = [
    ['missing', undefined, /^ADSAUTH_TRUSTED_DOCUMENTS file \S+ cannot be read \(ENOENT\)$/],
    [
      'not JSON',
      'SECRETMARKER {',
      /^ADSAUTH_TRUSTED_DOCUMENTS file \S+ must be a JSON object that maps document hashes to GraphQL documents$/,
    ],
    ['a list', JSON.stringify(['{ viewer { role } }']), /must be a JSON object that maps/],
    ['a map to numbers', JSON.stringify({ abc: 1 }), /must be a JSON object that maps/],
    ['empty', '{}', /must be a JSON object that maps/],
    [
      'a document that does not parse',
      JSON.stringify({ 'sha256:abc': '{ viewer { SECRETMARKER' }),
      /: the document "sha256:abc" is not valid GraphQL$/,
    ],
  ];

  it.each(bad)('%s: createApp throws a one-line ConfigError that names the setting', async (_case, content, expected) => {
    const file = join(tempDir(), 'trusted.json');
    if (content !== undefined) writeFileSync(file, content);
    const error = await createTestApp({ env: { ADSAUTH_TRUSTED_DOCUMENTS: file } }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
    expect(message).not.toContain('SECRETMARKER');
  });

  it('serve exits 1 with one configuration-error line', async () => {
    const dir = tempDir();
    const missing = join(dir, 'nowhere.json');
    const result = await runCli(['serve'], { cwd: dir, env: liveEnv(dir, { ADSAUTH_TRUSTED_DOCUMENTS: missing }) });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      `adsauth: configuration error: ADSAUTH_TRUSTED_DOCUMENTS file ${missing} cannot be read (ENOENT)`,
    ]);
    expect(result.stdout).toBe('');
  });
});
