// The operations the authorization tests send; `npm run codegen` types them into test/gql/.
import { graphql } from '../gql/gql.ts';

export const AuthorizationFields = graphql(`
  fragment AuthorizationFields on Authorization {
    id
    label
    description
    provider
    method
    health
    tokenFingerprint
    businessId
    supportedJobTypes
    createdAt
    updatedAt
    createdBy
    facebookUser {
      id
      name
    }
    tokenStatus {
      ...TokenStatusFields
    }
  }
`);

export const TokenStatusFields = graphql(`
  fragment TokenStatusFields on TokenStatus {
    state
    isValid
    tokenType
    expiresAt
    dataAccessExpiresAt
    scopes
    declinedScopes
    expiredScopes
    missingScopes
    checkedAt
    lastCheckError {
      errorClass
      code
      subcode
      message
      fbtraceId
      occurredAt
    }
    issues {
      code
      message
      remediation {
        text
        url
      }
    }
  }
`);

export const RegisterSystemUserToken = graphql(`
  mutation RegisterSystemUserToken($input: RegisterSystemUserTokenInput!) {
    registerSystemUserToken(input: $input) {
      __typename
      ... on RegisterSystemUserTokenPayload {
        authorization {
          ...AuthorizationFields
        }
        warnings
      }
      ... on Error {
        message
      }
      ... on ValidationError {
        field
      }
      ... on InvalidToken {
        reason
      }
      ... on WrongTokenType {
        tokenType
        expected
      }
      ... on MissingPermissions {
        missingScopes
      }
      ... on DuplicateToken {
        authorizationId
      }
      ... on GraphUnavailable {
        retryable
      }
    }
  }
`);

export const ReplaceSystemUserToken = graphql(`
  mutation ReplaceSystemUserToken($input: ReplaceSystemUserTokenInput!) {
    replaceSystemUserToken(input: $input) {
      __typename
      ... on AuthorizationPayload {
        authorization {
          ...AuthorizationFields
        }
      }
      ... on Error {
        message
      }
      ... on DuplicateToken {
        authorizationId
      }
      ... on WrongTokenType {
        tokenType
      }
    }
  }
`);

export const StartFacebookOAuth = graphql(`
  mutation StartFacebookOAuth($input: StartFacebookOAuthInput!) {
    startFacebookOAuth(input: $input) {
      __typename
      ... on StartFacebookOAuthPayload {
        authorizeUrl
        state
        expiresAt
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

export const CompleteFacebookOAuth = graphql(`
  mutation CompleteFacebookOAuth($input: CompleteFacebookOAuthInput!) {
    completeFacebookOAuth(input: $input) {
      __typename
      ... on CompleteFacebookOAuthPayload {
        reauthorized
        returnTo
        authorization {
          ...AuthorizationFields
        }
      }
      ... on Error {
        message
      }
      ... on CodeExchangeFailed {
        graphCode
        graphSubcode
      }
      ... on OAuthDenied {
        errorReason
      }
      ... on InvalidToken {
        reason
      }
    }
  }
`);

export const UpdateAuthorization = graphql(`
  mutation UpdateAuthorization($input: UpdateAuthorizationInput!) {
    updateAuthorization(input: $input) {
      __typename
      ... on AuthorizationPayload {
        authorization {
          ...AuthorizationFields
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

export const DeleteAuthorization = graphql(`
  mutation DeleteAuthorization($input: DeleteAuthorizationInput!) {
    deleteAuthorization(input: $input) {
      __typename
      ... on DeleteAuthorizationPayload {
        deletedAuthorizationId
        revokedAtFacebook
      }
      ... on Error {
        message
      }
      ... on GraphUnavailable {
        retryable
      }
    }
  }
`);

export const RefreshAuthorization = graphql(`
  mutation RefreshAuthorization($input: RefreshAuthorizationInput!) {
    refreshAuthorization(input: $input) {
      __typename
      ... on AuthorizationPayload {
        authorization {
          ...AuthorizationFields
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const AuthorizationQuery = graphql(`
  query Authorization($id: ID!) {
    authorization(id: $id) {
      ...AuthorizationFields
    }
  }
`);

export const AuthorizationsQuery = graphql(`
  query Authorizations($first: Int, $after: String, $filter: AuthorizationFilter) {
    authorizations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          label
          method
          health
          tokenStatus {
            state
          }
        }
      }
    }
  }
`);

export const RecheckAllQuery = graphql(`
  query RecheckAll($first: Int, $maxAgeSeconds: Int) {
    authorizations(first: $first) {
      edges {
        node {
          id
          label
          tokenStatus(maxAgeSeconds: $maxAgeSeconds) {
            state
            checkedAt
            lastCheckError {
              errorClass
            }
          }
        }
      }
    }
  }
`);

export const AuthorizationsSummaryQuery = graphql(`
  query AuthorizationsSummary($days: Int!) {
    authorizationsSummary {
      total
      byHealth {
        health
        count
      }
      byState {
        state
        count
      }
      expiringWithinDays(days: $days)
    }
  }
`);

export const OrderedAuthorizationsQuery = graphql(`
  query OrderedAuthorizations($first: Int, $after: String, $filter: AuthorizationFilter, $orderBy: AuthorizationOrder) {
    authorizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          label
          health
          businessId
          facebookUser {
            id
          }
          tokenStatus {
            expiresAt
          }
        }
      }
    }
  }
`);
