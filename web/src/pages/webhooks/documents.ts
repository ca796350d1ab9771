import { graphql } from '../../gql';

export const WebhookDeliveryFields = graphql(`
  fragment DashboardWebhookDelivery on WebhookDelivery {
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
`);

/** One page of a webhook's delivery log: what DeliveryRows shows, and where the next page starts. */
export const WebhookDeliveryPageFields = graphql(`
  fragment DashboardWebhookDeliveryPage on WebhookDeliveryConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...DashboardWebhookDelivery
      }
    }
  }
`);

export const WebhooksQuery = graphql(`
  query DashboardWebhooks {
    webhooks(first: 20) {
      totalCount
      edges {
        node {
          id
          url
          eventTypes
          createdAt
          deliveries(first: 20) {
            totalCount
            ...DashboardWebhookDeliveryPage
          }
        }
      }
    }
  }
`);

/** The next page of one webhook's delivery log, after the last row shown. */
export const OlderDeliveriesQuery = graphql(`
  query DashboardOlderDeliveries($id: ID!, $after: String!) {
    node(id: $id) {
      __typename
      id
      ... on Webhook {
        deliveries(first: 20, after: $after) {
          ...DashboardWebhookDeliveryPage
        }
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
      ... on ValidationError {
        field
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
