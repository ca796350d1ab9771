import { describe, expect, it } from 'vitest';
import { gql, gqlErrors } from '../helpers/gql.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { NodeQuery, WorkspaceIdQuery } from './documents.ts';

describe('Query.node(id) and the Workspace node', () => {
  it('loads the viewer’s own workspace by its global id', async () => {
    const t = await createTestApp();
    const apiKey = t.createApiKey({ role: 'VIEWER', workspace: 'Acme' });
    const { viewer } = await gql(t, WorkspaceIdQuery, {}, { apiKey });
    expect(Buffer.from(viewer.workspace.id, 'base64').toString()).toMatch(/^Workspace:[0-9a-f-]{36}$/);

    const { node } = await gql(t, NodeQuery, { id: viewer.workspace.id }, { apiKey });
    expect(node).toEqual({ __typename: 'Workspace', id: viewer.workspace.id, name: 'Acme' });
  });

  it('answers null for another workspace’s id: a key cannot see outside its workspace', async () => {
    const t = await createTestApp();
    const acmeKey = t.createApiKey({ workspace: 'Acme' });
    const globexKey = t.createApiKey({ workspace: 'Globex' });
    const acme = await gql(t, WorkspaceIdQuery, {}, { apiKey: acmeKey });
    const globex = await gql(t, WorkspaceIdQuery, {}, { apiKey: globexKey });
    expect(acme.viewer.workspace.id).not.toBe(globex.viewer.workspace.id);

    expect((await gql(t, NodeQuery, { id: acme.viewer.workspace.id }, { apiKey: globexKey })).node).toBeNull();
    expect((await gql(t, NodeQuery, { id: globex.viewer.workspace.id }, { apiKey: acmeKey })).node).toBeNull();
  });

  it('answers null for a well-formed id of a workspace that does not exist', async () => {
    const t = await createTestApp();
    const apiKey = t.createApiKey();
    const id = Buffer.from('Workspace:00000000-0000-4000-8000-000000000000').toString('base64');
    expect((await gql(t, NodeQuery, { id }, { apiKey })).node).toBeNull();
  });

  it('rejects a malformed id as BAD_USER_INPUT, not as an internal error', async () => {
    const t = await createTestApp();
    const apiKey = t.createApiKey();
    const { codes } = await gqlErrors(t, NodeQuery, { id: 'not a global id' }, { apiKey });
    expect(codes).toEqual(['BAD_USER_INPUT']);
    expect(t.logs.records.filter((r) => r.level >= 50)).toEqual([]);
  });
});
