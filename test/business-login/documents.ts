// The operations the Login for Business tests send; `npm run codegen` types them into test/gql/.
import { graphql } from '../gql/gql.ts';

export const StartFacebookBusinessLogin = graphql(`
  mutation StartFacebookBusinessLogin($input: StartFacebookBusinessLoginInput!) {
    startFacebookBusinessLogin(input: $input) {
      __typename
      ... on StartFacebookOAuthPayload {
        authorizeUrl
        state
        expiresAt
      }
      ... on LoginNotConfigured {
        message
        setting
      }
      ... on ValidationError {
        message
        field
      }
    }
  }
`);

export const BusinessIntegrationFields = graphql(`
  fragment BusinessIntegrationFields on Authorization {
    id
    label
    method
    health
    clientBusinessId
    delegatedAssetIds
    businessId
    tokenFingerprint
    supportedJobTypes
    tokenStatus {
      state
      tokenType
      expiresAt
      scopes
      issues {
        code
        message
        remediation {
          text
          url
        }
      }
    }
    adAccounts(first: 10) {
      totalCount
      edges {
        node {
          accountId
        }
      }
    }
  }
`);

export const BusinessAuthorization = graphql(`
  query BusinessAuthorization($id: ID!) {
    authorization(id: $id) {
      ...BusinessIntegrationFields
    }
  }
`);

export const CompleteBusinessLogin = graphql(`
  mutation CompleteBusinessLogin($input: CompleteFacebookOAuthInput!) {
    completeFacebookOAuth(input: $input) {
      __typename
      ... on CompleteFacebookOAuthPayload {
        reauthorized
        authorization {
          ...BusinessIntegrationFields
        }
      }
      ... on Error {
        message
      }
      ... on MissingPermissions {
        missingScopes
      }
      ... on WrongTokenType {
        tokenType
        expected
      }
      ... on InvalidToken {
        reason
      }
    }
  }
`);

export const BusinessHistory = graphql(`
  query BusinessHistory($id: ID!) {
    authorization(id: $id) {
      history(first: 20) {
        edges {
          node {
            type
            actor
            details {
              __typename
              ... on StateChangedEventDetails {
                from
                to
                reason
              }
            }
          }
        }
      }
    }
  }
`);
