import { expect } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { UpdateAuthorization } from '../authorizations/documents.ts';
import type { AuthorizationTest } from '../authorizations/support.ts';
import { HistoryQuery } from './documents.ts';

/** One page of an authorization's history, through GraphQL. */
export async function history(s: AuthorizationTest, id: string, page: { first?: number; after?: string } = {}, apiKey = s.apiKey) {
  const { authorization } = await gql(s.app, HistoryQuery, { id, first: page.first ?? 50, after: page.after }, { apiKey });
  return authorization!.history;
}

export const nodes = (h: Awaited<ReturnType<typeof history>>) => h.edges.map((edge) => edge.node);

export async function rename(s: AuthorizationTest, id: string, label: string, apiKey = s.apiKey) {
  const { updateAuthorization: result } = await gql(s.app, UpdateAuthorization, { input: { id, label } }, { apiKey });
  expect(result.__typename).toBe('AuthorizationPayload');
}
