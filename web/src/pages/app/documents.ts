import { graphql } from '../../gql';

export const AppQuery = graphql(`
  query DashboardApp {
    app {
      appId
      sandbox
      graphApiVersion
      accessLevelSource
      observedAccessTier
      warnings {
        code
        message
        remediation {
          text
          url
        }
      }
      accessLevel {
        tier
        description
        adAccountLimit
        systemUserLimit
        adminSystemUserLimit
        nextTier
        upgradeCriteria {
          description
          measurable
          met
          progress
        }
      }
      accountList {
        used
        limit
        remaining
        accounts {
          accountId
          addedAt
          lastCalledAt
        }
      }
      apiUsage {
        calls
        errors
        errorRate
        windowDays
      }
    }
  }
`);

export const SystemUsersQuery = graphql(`
  query DashboardSystemUsers($businessId: String!) {
    app {
      systemUsers(businessId: $businessId) {
        __typename
        ... on SystemUserUsage {
          tier
          regular {
            used
            limit
            overLimit
          }
          admin {
            used
            limit
            overLimit
          }
          warnings
        }
        ... on Error {
          message
        }
      }
    }
  }
`);
