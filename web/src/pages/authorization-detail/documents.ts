import { graphql } from '../../gql';

export const AuthorizationDetailQuery = graphql(`
  query DashboardAuthorization($id: ID!) {
    authorization(id: $id) {
      id
      label
      description
      ownerEmail
      method
      health
      createdAt
      createdBy
      tokenFingerprint
      businessId
      clientBusinessId
      supportedJobTypes
      facebookUser {
        id
        name
      }
      tokenStatus {
        state
        isValid
        tokenType
        checkedAt
        expiresAt
        dataAccessExpiresAt
        scopes
        declinedScopes
        missingScopes
        issues {
          code
          message
          remediation {
            text
            url
          }
        }
        lastCheckError {
          message
          occurredAt
        }
      }
    }
  }
`);

export const AdAccountsQuery = graphql(`
  query DashboardAdAccounts($id: ID!) {
    authorization(id: $id) {
      id
      adAccounts(first: 100) {
        totalCount
        edges {
          node {
            id
            accountId
            name
            status
            currency
            business {
              name
            }
            audiences: exportReadiness(jobType: EXPORT_AUDIENCES) {
              ...Readiness
            }
            webTraffic: exportReadiness(jobType: EXPORT_AUDIENCES_WEB_TRAFFIC) {
              ...Readiness
            }
          }
        }
      }
    }
  }
  fragment Readiness on ExportReadiness {
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

export const HistoryQuery = graphql(`
  query DashboardHistory($id: ID!) {
    authorization(id: $id) {
      id
      history(first: 50) {
        edges {
          node {
            id
            type
            actor
            occurredAt
            details {
              __typename
              ... on StateChangedEventDetails {
                from
                to
                reason
              }
              ... on CheckFailedEventDetails {
                errorClass
                message
              }
              ... on UpdatedEventDetails {
                changes {
                  field
                }
              }
              ... on ExpiringEventDetails {
                kind
                expiresAt
              }
              ... on HealthChangedEventDetails {
                healthFrom: from
                healthTo: to
              }
              ... on ConnectCancelledEventDetails {
                reason
              }
              ... on AdAccountsChangedEventDetails {
                gained {
                  accountId
                  name
                  status
                }
                lost {
                  accountId
                  name
                }
                statusChanges {
                  accountId
                  name
                  from
                  to
                }
                termsChanges {
                  accountId
                  name
                  terms
                  accepted
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const UpdateAuthorizationMutation = graphql(`
  mutation DashboardUpdateAuthorization($input: UpdateAuthorizationInput!) {
    updateAuthorization(input: $input) {
      __typename
      ... on AuthorizationPayload {
        authorization {
          id
          label
          description
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

export const RefreshAuthorizationMutation = graphql(`
  mutation DashboardRefreshAuthorization($input: RefreshAuthorizationInput!) {
    refreshAuthorization(input: $input) {
      __typename
      ... on AuthorizationPayload {
        authorization {
          id
          health
          tokenStatus {
            state
            checkedAt
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const DeleteAuthorizationMutation = graphql(`
  mutation DashboardDeleteAuthorization($input: DeleteAuthorizationInput!) {
    deleteAuthorization(input: $input) {
      __typename
      ... on DeleteAuthorizationPayload {
        deletedAuthorizationId
        revokedAtFacebook
      }
      ... on Error {
        message
      }
    }
  }
`);
