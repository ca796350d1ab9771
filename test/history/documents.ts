// The operations the history and live-event tests send; `npm run codegen` types them into test/gql/.
import { graphql } from '../gql/gql.ts';

export const AuthorizationEventFields = graphql(`
  fragment AuthorizationEventFields on AuthorizationEvent {
    id
    type
    occurredAt
    actor
    authorizationId
    label
    details {
      __typename
      ... on CreatedEventDetails {
        method
        state
      }
      ... on DeletedEventDetails {
        revokedAtFacebook
      }
      ... on StateChangedEventDetails {
        from
        to
        reason
      }
      ... on CheckFailedEventDetails {
        errorClass
        code
        message
        consecutiveFailures
      }
      ... on UpdatedEventDetails {
        changes {
          field
          from
          to
        }
      }
      ... on TokenReplacedEventDetails {
        fingerprintBefore
        fingerprintAfter
      }
      ... on HealthChangedEventDetails {
        healthFrom: from
        healthTo: to
        stateAfter: state
      }
      ... on SweepFinishedEventDetails {
        checked
        changed
        failed
        stoppedEarly
      }
      ... on ExpiringEventDetails {
        kind
        expiresAt
        thresholdDays
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
          from
          to
        }
        termsChanges {
          accountId
          terms
          accepted
        }
      }
    }
  }
`);

export const HistoryQuery = graphql(`
  query History($id: ID!, $first: Int, $after: String) {
    authorization(id: $id) {
      id
      history(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          endCursor
        }
        edges {
          cursor
          node {
            ...AuthorizationEventFields
          }
        }
      }
    }
  }
`);

export const AuthorizationEventsSubscription = graphql(`
  subscription AuthorizationEvents($authorizationId: ID) {
    authorizationEvents(authorizationId: $authorizationId) {
      ...AuthorizationEventFields
      authorization {
        id
        label
      }
    }
  }
`);
