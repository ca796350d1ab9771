import { graphql } from '../../gql';

export const StartFacebookOAuthMutation = graphql(`
  mutation DashboardStartFacebookOAuth($input: StartFacebookOAuthInput!) {
    startFacebookOAuth(input: $input) {
      __typename
      ... on StartFacebookOAuthPayload {
        authorizeUrl
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

export const StartBusinessLoginMutation = graphql(`
  mutation DashboardStartFacebookBusinessLogin($input: StartFacebookBusinessLoginInput!) {
    startFacebookBusinessLogin(input: $input) {
      __typename
      ... on StartFacebookOAuthPayload {
        authorizeUrl
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

export const RegisterSystemUserTokenMutation = graphql(`
  mutation DashboardRegisterSystemUserToken($input: RegisterSystemUserTokenInput!) {
    registerSystemUserToken(input: $input) {
      __typename
      ... on RegisterSystemUserTokenPayload {
        authorization {
          id
        }
        warnings
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
