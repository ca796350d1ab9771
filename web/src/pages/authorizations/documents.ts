import { graphql } from '../../gql';

export const AuthorizationsListQuery = graphql(`
  query DashboardAuthorizations($filter: AuthorizationFilter) {
    authorizations(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          id
          label
          description
          method
          health
          createdAt
          ownerEmail
          businessId
          clientBusinessId
          facebookUser {
            name
          }
          tokenStatus {
            state
            expiresAt
          }
        }
      }
    }
  }
`);

/** Today's summary: one count per health, with aliases. Becomes `authorizationsSummary` (see useHealthSummary). */
export const HealthCountsQuery = graphql(`
  query DashboardHealthCounts {
    all: authorizations(first: 1) {
      totalCount
    }
    healthy: authorizations(first: 1, filter: { health: HEALTHY }) {
      totalCount
    }
    unhealthy: authorizations(first: 1, filter: { health: UNHEALTHY }) {
      totalCount
    }
    unknown: authorizations(first: 1, filter: { health: UNKNOWN }) {
      totalCount
    }
  }
`);

export const AuthorizationEventsSubscription = graphql(`
  subscription DashboardAuthorizationEvents($authorizationId: ID) {
    authorizationEvents(authorizationId: $authorizationId) {
      id
      type
      label
      actor
      occurredAt
      authorizationId
    }
  }
`);
