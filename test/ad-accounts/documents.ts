// The operations the ad-account tests send; `npm run codegen` types them into test/gql/.
import { graphql } from '../gql/gql.ts';

export const AdAccountFields = graphql(`
  fragment AdAccountFields on AdAccount {
    id
    accountId
    name
    status
    disableReason
    currency
    timezoneName
    business {
      id
      name
    }
    tasks
    customAudienceTosAccepted
    webCustomAudienceTosAccepted
    tosAcceptUrl
    isPersonal
    pixels {
      id
      name
      lastFiredTime
    }
    inAccountList
    syncedAt
  }
`);

export const ReadinessFields = graphql(`
  fragment ReadinessFields on ExportReadiness {
    ready
    blockers {
      code
      message
      remediation {
        text
        url
      }
    }
  }
`);

export const SyncAdAccounts = graphql(`
  mutation SyncAdAccounts($input: SyncAdAccountsInput!) {
    syncAdAccounts(input: $input) {
      __typename
      ... on SyncAdAccountsPayload {
        accountCount
        syncedAt
        changes {
          accountId
          kind
          summary
          at
        }
        authorization {
          id
        }
      }
      ... on Error {
        message
      }
      ... on GraphUnavailable {
        retryable
      }
      ... on TokenNotUsable {
        state
      }
    }
  }
`);

export const RefreshAdAccount = graphql(`
  mutation RefreshAdAccount($input: RefreshAdAccountInput!) {
    refreshAdAccount(input: $input) {
      __typename
      ... on RefreshAdAccountPayload {
        adAccount {
          ...AdAccountFields
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
      ... on TokenNotUsable {
        state
      }
    }
  }
`);

export const AdAccountsQuery = graphql(`
  query AdAccounts($id: ID!, $first: Int, $after: String, $filter: AdAccountFilter, $jobType: JobType!) {
    authorization(id: $id) {
      adAccounts(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...AdAccountFields
            exportReadiness(jobType: $jobType) {
              ...ReadinessFields
            }
          }
        }
      }
    }
  }
`);

export const AdAccountNode = graphql(`
  query AdAccountNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on AdAccount {
        accountId
        name
      }
    }
  }
`);

export const ExportReadinessQuery = graphql(`
  query ExportReadiness($authorizationId: ID!, $adAccountId: String!, $jobType: JobType!) {
    exportReadiness(authorizationId: $authorizationId, adAccountId: $adAccountId, jobType: $jobType) {
      __typename
      ... on ExportReadiness {
        ...ReadinessFields
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
