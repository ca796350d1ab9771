import { graphql } from '../../gql';

export const WebhooksQuery = graphql(`
  query DashboardWebhooks {
    webhooks {
      id
      url
      eventTypes
      createdAt
      deliveries(first: 20) {
        id
        eventType
        status
        attempts
        lastError
        lastHttpStatus
        occurredAt
        deliveredAt
        nextAttemptAt
      }
    }
  }
`);

export const CreateWebhookMutation = graphql(`
  mutation DashboardCreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      __typename
      ... on CreateWebhookPayload {
        signingSecret
        webhook {
          id
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const DeleteWebhookMutation = graphql(`
  mutation DashboardDeleteWebhook($input: DeleteWebhookInput!) {
    deleteWebhook(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);
