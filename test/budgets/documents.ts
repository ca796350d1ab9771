// The operations the budget tests send; `npm run codegen` types them into test/gql/.
import { graphql } from '../gql/gql.ts';

export const BudgetStatusFields = graphql(`
  fragment BudgetStatusFields on TokenStatus {
    state
    checkedAt
    lastCheckError {
      errorClass
      code
      message
      occurredAt
    }
  }
`);

export const BudgetRefusalFields = graphql(`
  fragment BudgetRefusalFields on Error {
    __typename
    message
    ... on RateLimited {
      retryAfterSeconds
      scope
    }
    ... on GraphUnavailable {
      retryable
    }
  }
`);

export const BudgetRefreshAuthorization = graphql(`
  mutation BudgetRefreshAuthorization($input: RefreshAuthorizationInput!) {
    refreshAuthorization(input: $input) {
      __typename
      ... on AuthorizationPayload {
        authorization {
          id
          tokenStatus {
            ...BudgetStatusFields
          }
        }
      }
      ...BudgetRefusalFields
    }
  }
`);

export const BudgetRegisterSystemUserToken = graphql(`
  mutation BudgetRegisterSystemUserToken($input: RegisterSystemUserTokenInput!) {
    registerSystemUserToken(input: $input) {
      __typename
      ... on RegisterSystemUserTokenPayload {
        authorization {
          id
        }
      }
      ...BudgetRefusalFields
    }
  }
`);

export const BudgetReplaceSystemUserToken = graphql(`
  mutation BudgetReplaceSystemUserToken($input: ReplaceSystemUserTokenInput!) {
    replaceSystemUserToken(input: $input) {
      __typename
      ...BudgetRefusalFields
    }
  }
`);

export const BudgetSyncAdAccounts = graphql(`
  mutation BudgetSyncAdAccounts($input: SyncAdAccountsInput!) {
    syncAdAccounts(input: $input) {
      __typename
      ...BudgetRefusalFields
    }
  }
`);

export const BudgetRefreshAdAccount = graphql(`
  mutation BudgetRefreshAdAccount($input: RefreshAdAccountInput!) {
    refreshAdAccount(input: $input) {
      __typename
      ...BudgetRefusalFields
    }
  }
`);

export const BudgetCompleteFacebookOAuth = graphql(`
  mutation BudgetCompleteFacebookOAuth($input: CompleteFacebookOAuthInput!) {
    completeFacebookOAuth(input: $input) {
      __typename
      ...BudgetRefusalFields
    }
  }
`);

export const BudgetDeleteAuthorization = graphql(`
  mutation BudgetDeleteAuthorization($input: DeleteAuthorizationInput!) {
    deleteAuthorization(input: $input) {
      __typename
      ...BudgetRefusalFields
    }
  }
`);

export const BudgetSystemUsers = graphql(`
  query BudgetSystemUsers($businessId: String!) {
    app {
      systemUsers(businessId: $businessId) {
        __typename
        ...BudgetRefusalFields
      }
    }
  }
`);

export const BudgetTokenStatuses = graphql(`
  query BudgetTokenStatuses($first: Int!, $maxAgeSeconds: Int) {
    authorizations(first: $first) {
      edges {
        node {
          id
          label
          tokenStatus(maxAgeSeconds: $maxAgeSeconds) {
            ...BudgetStatusFields
          }
        }
      }
    }
  }
`);
