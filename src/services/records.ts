// The records the use cases hand to the API layer: GraphQL types and routes read their fields, and
// import their types from here rather than from the repositories that load them.
export type { AccountListRow } from '../repositories/account-list.ts';
export type { AdAccountRow, NewAdAccountChangeRow } from '../repositories/ad-accounts.ts';
export type { ApiKeyRow } from '../repositories/api-keys.ts';
export type { AuthorizationRecord, AuthorizationRow } from '../repositories/authorizations.ts';
export type { DeliveryLogRow } from '../repositories/deliveries.ts';
export type { WebhookRow } from '../repositories/webhooks.ts';
