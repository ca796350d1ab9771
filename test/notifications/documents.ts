// The operations the notification tests send; `npm run codegen` types them into test/gql/.
import { graphql } from '../gql/gql.ts';

export const CreateWebhook = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      __typename
      ... on CreateWebhookPayload {
        signingSecret
        webhook {
          id
          url
          eventTypes
          createdBy
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

export const DeleteWebhook = graphql(`
  mutation DeleteWebhook($input: DeleteWebhookInput!) {
    deleteWebhook(input: $input) {
      __typename
      ... on DeleteWebhookPayload {
        deletedWebhookId
      }
      ... on Error {
        message
      }
    }
  }
`);

export const Webhooks = graphql(`
  query Webhooks($first: Int, $after: String, $deliveriesFirst: Int, $deliveriesAfter: String) {
    webhooks(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          url
          eventTypes
          deliveries(first: $deliveriesFirst, after: $deliveriesAfter) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                id
                eventId
                eventType
                authorizationId
                status
                attempts
                lastError
                lastHttpStatus
                nextAttemptAt
                deliveredAt
              }
            }
          }
        }
      }
    }
  }
`);

export const WebhookNode = graphql(`
  query WebhookNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on Webhook {
        url
      }
    }
  }
`);

export const RegisterWithOwner = graphql(`
  mutation RegisterWithOwner($input: RegisterSystemUserTokenInput!) {
    registerSystemUserToken(input: $input) {
      __typename
      ... on RegisterSystemUserTokenPayload {
        authorization {
          id
          label
          ownerEmail
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

export const UpdateOwnerEmail = graphql(`
  mutation UpdateOwnerEmail($input: UpdateAuthorizationInput!) {
    updateAuthorization(input: $input) {
      __typename
      ... on AuthorizationPayload {
        authorization {
          id
          ownerEmail
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

export const StartOAuthWithOwner = graphql(`
  mutation StartOAuthWithOwner($input: StartFacebookOAuthInput!) {
    startFacebookOAuth(input: $input) {
      __typename
      ... on StartFacebookOAuthPayload {
        state
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

export const CompleteOAuthOwner = graphql(`
  mutation CompleteOAuthOwner($input: CompleteFacebookOAuthInput!) {
    completeFacebookOAuth(input: $input) {
      __typename
      ... on CompleteFacebookOAuthPayload {
        authorization {
          id
          ownerEmail
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const DeleteAuthorizationForEvents = graphql(`
  mutation DeleteAuthorizationForEvents($input: DeleteAuthorizationInput!) {
    deleteAuthorization(input: $input) {
      __typename
    }
  }
`);
