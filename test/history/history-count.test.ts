// history.totalCount: every event of each authorization, counted for a whole list in one grouped statement.
import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/gql.ts';
import { gql } from '../helpers/gql.ts';
import { setupAuthorizationTest } from '../authorizations/support.ts';
import { rename } from './support.ts';

const HistoryCountsQuery = graphql(`
  query HistoryCounts {
    authorizations(first: 10, orderBy: { field: LABEL }) {
      edges {
        node {
          label
          history(first: 1) {
            totalCount
            pageInfo {
              hasNextPage
            }
          }
        }
      }
    }
  }
`);

describe('Authorization.history.totalCount', () => {
  it('counts each authorization of a list beyond the page, and only its own events', async () => {
    const s = await setupAuthorizationTest();
    const renamed = await s.registerSystemUser({ label: 'a' });
    await s.registerSystemUser({ label: 'b' });
    for (const label of ['a1', 'a2', 'a3']) await rename(s, renamed.authorization.id, label);

    const { authorizations } = await gql(s.app, HistoryCountsQuery, {}, { apiKey: s.apiKey });
    const counts = authorizations.edges.map((edge) => [
      edge.node.label,
      edge.node.history.totalCount,
      edge.node.history.pageInfo.hasNextPage,
    ]);
    expect(counts).toEqual([
      ['a3', 4, true],
      ['b', 1, false],
    ]);
  });
});
