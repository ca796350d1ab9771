// The operations the integration tests send. `npm run codegen` turns each into a typed document
// in test/gql/, so a schema change that breaks one of them breaks `npm test`.
import { graphql } from '../gql/gql.ts';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      apiKeyName
      workspace {
        id
        name
      }
    }
  }
`);

export const NodeQuery = graphql(`
  query Node($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Workspace {
        name
      }
    }
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys($first: Int, $after: String) {
    apiKeys(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          role
          keyPrefix
          createdAt
          lastUsedAt
          revokedAt
        }
      }
    }
  }
`);

export const WorkspaceIdQuery = graphql(`
  query WorkspaceId {
    viewer {
      workspace {
        id
      }
    }
  }
`);
