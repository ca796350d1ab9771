// The operations the access-level tests send; `npm run codegen` types them into test/gql/.
import { graphql } from '../gql/gql.ts';

export const AccessLevelFields = graphql(`
  fragment AccessLevelFields on AccessLevel {
    tier
    description
    adAccountLimit
    systemUserLimit
    adminSystemUserLimit
    rateLimiting
    businessManagerAccess
    canCreatePages
    nextTier
    upgradeCriteria {
      description
      measurable
      met
      progress
    }
  }
`);

export const AccessLevelsQuery = graphql(`
  query AccessLevels {
    accessLevels {
      ...AccessLevelFields
    }
  }
`);

export const AppQuery = graphql(`
  query App {
    app {
      appId
      graphApiVersion
      sandbox
      accessLevel {
        ...AccessLevelFields
      }
      accessLevelSource
      observedAccessTier
      observedAccessTierAt
      warnings {
        ...AppWarningFields
      }
      accountList {
        ...AccountListFields
      }
      apiUsage {
        windowDays
        calls
        errors
        errorRate
        days {
          day
          calls
          errors
        }
      }
    }
  }
`);

export const AccountListFields = graphql(`
  fragment AccountListFields on AccountListUsage {
    used
    limit
    remaining
    accounts {
      accountId
      addedAt
      lastCalledAt
    }
  }
`);

export const AccountListQuery = graphql(`
  query AccountList {
    app {
      accountList {
        ...AccountListFields
      }
    }
  }
`);

export const AddToAccountList = graphql(`
  mutation AddToAccountList($input: AddToAccountListInput!) {
    addToAccountList(input: $input) {
      __typename
      ... on AddToAccountListPayload {
        accountId
        added
        accountList {
          ...AccountListFields
        }
      }
      ... on Error {
        message
      }
      ... on ValidationError {
        field
      }
      ... on AccountListFull {
        accountId
        limit
      }
    }
  }
`);

export const RemoveFromAccountList = graphql(`
  mutation RemoveFromAccountList($input: RemoveFromAccountListInput!) {
    removeFromAccountList(input: $input) {
      __typename
      ... on RemoveFromAccountListPayload {
        accountId
        removed
        accountList {
          ...AccountListFields
        }
      }
      ... on Error {
        message
      }
      ... on ValidationError {
        field
      }
    }
  }
`);

export const SystemUsersQuery = graphql(`
  query SystemUsers($businessId: String!) {
    app {
      systemUsers(businessId: $businessId) {
        __typename
        ... on SystemUserUsage {
          businessId
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
          authorizationId
          warnings
        }
        ... on Error {
          message
        }
        ... on ValidationError {
          field
        }
        ... on BusinessNotReachable {
          businessId
        }
        ... on GraphUnavailable {
          retryable
        }
      }
    }
  }
`);

/** A Marketing API call against one account (GET act_{id}): what admits it to the account list. */
export const CallAdAccount = graphql(`
  mutation CallAdAccount($input: RefreshAdAccountInput!) {
    refreshAdAccount(input: $input) {
      __typename
      ... on RefreshAdAccountPayload {
        adAccount {
          accountId
          inAccountList
        }
      }
      ... on Error {
        message
      }
      ... on AccountListFull {
        accountId
        limit
      }
    }
  }
`);

export const AppWarningFields = graphql(`
  fragment AppWarningFields on AppWarning {
    code
    message
    remediation {
      text
      url
    }
  }
`);

export const AppReadinessQuery = graphql(`
  query AppReadiness {
    app {
      permissions {
        name
        status
      }
      business {
        id
        name
        verificationStatus
      }
      graphApi {
        version
        availableUntil
        daysLeft
      }
      warnings {
        ...AppWarningFields
      }
    }
  }
`);
