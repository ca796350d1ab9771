import { useState } from 'react';
import { useQuery } from 'urql';
import { DELIVERY_STATUS_LABEL, EVENT_TYPE_LABEL, formatDateTime } from '../../components/labels';
import type { DashboardWebhookDeliveryPageFragment } from '../../gql/graphql';
import { gatewayWords } from '../../api/request-error';
import { OlderDeliveriesQuery } from './documents';

const TONE = { DELIVERED: 'healthy', FAILED: 'unhealthy', PENDING: 'unknown' } as const;

/** One page of the delivery log, then a button that loads the next page (each page is its own query). */
export function DeliveryRows({ webhookId, page }: { webhookId: string; page: DashboardWebhookDeliveryPageFragment }) {
  const [after, setAfter] = useState<string>();
  const next = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
  return (
    <>
      {page.edges.map(({ node: delivery }) => (
        <tr key={delivery.id}>
          <td>{EVENT_TYPE_LABEL[delivery.eventType]}</td>
          <td>
            <span className={`badge badge-${TONE[delivery.status]}`}>{DELIVERY_STATUS_LABEL[delivery.status]}</span>
          </td>
          <td>{delivery.attempts}</td>
          <td>{delivery.lastError ?? (delivery.lastHttpStatus ? `HTTP ${delivery.lastHttpStatus}` : '—')}</td>
          <td>{formatDateTime(delivery.deliveredAt ?? delivery.nextAttemptAt ?? delivery.occurredAt)}</td>
        </tr>
      ))}
      {next && after === undefined && (
        <tr>
          <td colSpan={5}>
            <button type="button" className="button" onClick={() => setAfter(next)}>
              Show older deliveries
            </button>
          </td>
        </tr>
      )}
      {after !== undefined && <OlderDeliveries webhookId={webhookId} after={after} />}
    </>
  );
}

function OlderDeliveries({ webhookId, after }: { webhookId: string; after: string }) {
  const [result] = useQuery({ query: OlderDeliveriesQuery, variables: { id: webhookId, after } });
  const node = result.data?.node;
  if (result.error) {
    return (
      <tr>
        <td colSpan={5} role="alert">
          {gatewayWords(result.error)}
        </td>
      </tr>
    );
  }
  if (node?.__typename !== 'Webhook') return null;
  return <DeliveryRows webhookId={webhookId} page={node.deliveries} />;
}
