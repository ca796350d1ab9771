import { graphql } from '../../gql';

export const AuthorizationsListQuery = graphql(`
  query DashboardAuthorizations($filter: AuthorizationFilter, $orderBy: AuthorizationOrder) {
    authorizations(first: 100, filter: $filter, orderBy: $orderBy) {
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
            id
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

/** The header: counts (one grouped query on the gateway) and the health sweep's last and next run. */
export const AuthorizationsSummaryQuery = graphql(`
  query DashboardAuthorizationsSummary {
    authorizationsSummary {
      total
      byHealth {
        health
        count
      }
    }
    sweep {
      running
      lastRun {
        startedAt
        finishedAt
        stoppedEarly
      }
      lastRunInWorkspace {
        finishedAt
        checked
        changed
        failed
      }
      nextRunAt
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
