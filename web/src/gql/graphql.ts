/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where the enforced access level comes from. */
export type AccessLevelSource =
  /** ADSAUTH_ACCESS_LEVEL is set. */
  | 'CONFIGURED'
  /** Nothing configured or observed yet: DEVELOPMENT, Meta's default for new apps. */
  | 'DEFAULT'
  /** The ads_api_access_tier Graph last reported in a usage header. */
  | 'OBSERVED';

/** The Marketing API access levels of the seed's model (Development, Basic, Standard). Meta now calls its two tiers Limited and Full. */
export type AccessTier =
  | 'BASIC'
  | 'DEVELOPMENT'
  | 'STANDARD';

/** Graph's account_status; UNKNOWN for a code adsauth does not know. */
export type AdAccountStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DISABLED'
  | 'IN_GRACE_PERIOD'
  | 'PENDING_CLOSURE'
  | 'PENDING_RISK_REVIEW'
  | 'PENDING_SETTLEMENT'
  | 'UNKNOWN'
  | 'UNSETTLED';

/** Terms of service an ad account accepts for Custom Audiences. */
export type AdAccountTerms =
  /** The Custom Audience terms (tos_accepted.custom_audience_tos): needed for every audience export. */
  | 'CUSTOM_AUDIENCE_TOS'
  /** Terms recorded by another version of adsauth that this one does not know. */
  | 'UNKNOWN'
  /** The website and app Custom Audience terms (tos_accepted.web_custom_audience_tos): needed for web-traffic exports. */
  | 'WEB_CUSTOM_AUDIENCE_TOS';

export type AppWarningCode =
  /** ADSAUTH_ACCESS_LEVEL disagrees with the tier Graph reports. */
  | 'ACCESS_LEVEL_MISMATCH'
  /** Graph reported an ads_api_access_tier adsauth does not know. */
  | 'ACCESS_TIER_UNKNOWN'
  /** ads_management has no Advanced Access: only people with a role on the app can grant it. */
  | 'ADS_MANAGEMENT_NOT_LIVE'
  /** The app's permissions could not be read from Facebook yet. */
  | 'APP_PERMISSIONS_UNREAD'
  /** The app's business is not verified. */
  | 'BUSINESS_NOT_VERIFIED'
  /** FACEBOOK_BUSINESS_ID could not be read from Facebook yet. */
  | 'BUSINESS_UNREAD'
  /** The Graph API version has ended. */
  | 'GRAPH_API_VERSION_ENDED'
  /** The Graph API version ends within 90 days. */
  | 'GRAPH_API_VERSION_ENDING';

/** What happened. The webhook delivery body carries the dotted name, e.g. authorization.state_changed. */
export type AuthorizationEventType =
  | 'AD_ACCOUNTS_CHANGED'
  | 'AUTHORIZATION_CHECK_FAILED'
  | 'AUTHORIZATION_CONNECT_CANCELLED'
  | 'AUTHORIZATION_CREATED'
  | 'AUTHORIZATION_DELETED'
  | 'AUTHORIZATION_EXPIRING'
  | 'AUTHORIZATION_HEALTH_CHANGED'
  | 'AUTHORIZATION_STATE_CHANGED'
  | 'AUTHORIZATION_TOKEN_REPLACED'
  | 'AUTHORIZATION_UPDATED'
  | 'SWEEP_FINISHED';

export type AuthorizationFilter = {
  /** The system user's business, or the client business of a Login for Business integration. */
  businessId?: string | null | undefined;
  /** Tokens not yet expired that expire within this many days (never-expiring tokens never match). */
  expiresWithinDays?: number | null | undefined;
  /** The Facebook user (or system user) id behind the token. */
  facebookUserId?: string | null | undefined;
  health?: AuthorizationHealth | null | undefined;
  method?: AuthorizationMethod | null | undefined;
  /** Matches the label, the description or the Facebook user name. */
  search?: string | null | undefined;
  states?: Array<TokenState> | null | undefined;
};

/** HEALTHY for VALID and EXPIRING_SOON, UNHEALTHY for the other states; UNKNOWN while unchecked, or after ADSAUTH_UNKNOWN_AFTER_FAILURES failed checks in a row (Facebook could not be asked). */
export type AuthorizationHealth =
  | 'HEALTHY'
  | 'UNHEALTHY'
  | 'UNKNOWN';

/** FACEBOOK_USER: a person connected through the Facebook dialog. SYSTEM_USER: a Business Manager system-user token. BUSINESS_INTEGRATION: a client business connected through Facebook Login for Business (a business integration system-user token that reaches only the assets the client picked). */
export type AuthorizationMethod =
  | 'BUSINESS_INTEGRATION'
  | 'FACEBOOK_USER'
  | 'SYSTEM_USER';

export type AuthorizationOrder = {
  direction?: OrderDirection | null | undefined;
  field: AuthorizationOrderField;
};

/** HEALTH ascending puts UNHEALTHY first, then UNKNOWN, then HEALTHY; OWNER sorts by the Facebook user name, else the client business, else the owner email (none first); LABEL and OWNER ignore case; EXPIRES_AT puts never-expiring tokens last. */
export type AuthorizationOrderField =
  | 'CREATED_AT'
  | 'EXPIRES_AT'
  | 'HEALTH'
  | 'LABEL'
  | 'METHOD'
  | 'OWNER';

/** Why a check of a token got no answer about it. */
export type CheckErrorClass =
  /** Facebook refused the request as malformed; retrying will not help. */
  | 'CLIENT'
  /** The stored token could not be decrypted: its key is not in ADSAUTH_ENCRYPTION_KEYS, or the row was altered. */
  | 'DECRYPTION'
  /** The token lacks a permission, or the app a capability. */
  | 'PERMISSION'
  /** Facebook refused the token (expired, invalidated or revoked): a person must reconnect. */
  | 'REAUTH'
  /** Facebook rate-limited the call: adsauth waits and tries again. */
  | 'THROTTLE'
  /** Facebook failed, timed out or could not be reached: worth retrying. */
  | 'TRANSIENT'
  /** A class recorded by another version of adsauth that this one does not know. */
  | 'UNKNOWN';

export type CreateWebhookInput = {
  /** What to send; none or empty: every event type. */
  eventTypes?: Array<WebhookEventType> | null | undefined;
  /** Must be https:// on a public address: a host that is or resolves to a loopback, private, link-local, CGNAT, multicast or reserved address is refused, here and again at every delivery (unless ADSAUTH_WEBHOOK_ALLOW_PRIVATE, the sandbox default, where plain http:// is also accepted for 127.0.0.1, localhost and [::1]). */
  url: string;
};

export type DeleteAuthorizationInput = {
  id: string | number;
  /** First remove the app's permissions at Facebook (DELETE /{user-id}/permissions). */
  revokeAtFacebook?: boolean | null | undefined;
};

export type DeleteWebhookInput = {
  id: string | number;
};

/** PENDING: not delivered yet, retried with backoff. DELIVERED: the endpoint answered 2xx. FAILED: still failing 24 h after the event, or blocked because the host resolved to a private address (not retried). */
export type DeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** What an expiry warning is about. */
export type ExpiryKind =
  /** The token's data access expires (90 days after the person last used the app). */
  | 'DATA_ACCESS'
  /** The token itself expires. */
  | 'TOKEN'
  /** A kind recorded by another version of adsauth that this one does not know. */
  | 'UNKNOWN';

export type ExportBlockerCode =
  | 'ACCOUNT_LIST_FULL'
  | 'ACCOUNT_NOT_ACTIVE'
  | 'ASSET_NOT_DELEGATED'
  | 'CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED'
  | 'MISSING_ACCOUNT_TASKS'
  | 'MISSING_PERMISSIONS'
  | 'NO_PIXEL'
  | 'PIXEL_INACTIVE'
  | 'TOKEN_NOT_HEALTHY'
  | 'WEB_CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED';

/** The Facebook permissions (scopes) adsauth may ask for in the Facebook Login dialog. */
export type FacebookPermission =
  /** ads_management: manage ad accounts and their Custom Audiences. Both export jobs need it. */
  | 'ADS_MANAGEMENT'
  /** ads_read: read ad accounts and their insights. */
  | 'ADS_READ'
  /** business_management: read and manage the businesses the person has a role in. */
  | 'BUSINESS_MANAGEMENT'
  /** email: the person's primary email address. */
  | 'EMAIL'
  /** public_profile: the person's name and id. */
  | 'PUBLIC_PROFILE';

/** What is wrong with an authorization, or about to be. */
export type HealthIssueCode =
  /** Data access lapsed: the person has not used the app for 90 days. */
  | 'DATA_ACCESS_EXPIRED'
  /** The token's data access expires within ADSAUTH_EXPIRY_WARNING_DAYS. */
  | 'DATA_ACCESS_EXPIRING_SOON'
  /** The token lacks a permission the export jobs need. */
  | 'MISSING_PERMISSIONS'
  /** The token has expired. */
  | 'TOKEN_EXPIRED'
  /** The token expires within ADSAUTH_EXPIRY_WARNING_DAYS. */
  | 'TOKEN_EXPIRING_SOON'
  /** Facebook invalidated the token (e.g. the password changed or the session ended): it will not work again. */
  | 'TOKEN_INVALIDATED'
  /** The person or business removed the app, or revoked its permissions. */
  | 'TOKEN_REVOKED';

/** The export jobs an authorization can serve. Both need ads_management. */
export type JobType =
  | 'EXPORT_AUDIENCES'
  | 'EXPORT_AUDIENCES_WEB_TRAFFIC';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type RefreshAuthorizationInput = {
  id: string | number;
};

export type RegisterSystemUserTokenInput = {
  /** The Business Manager system-user token. It is stored encrypted and never shown again. */
  accessToken: string;
  /** The Business Manager id the system user belongs to. */
  businessId?: string | null | undefined;
  description?: string | null | undefined;
  label: string;
  /** Where notification email about this authorization goes (optional). */
  ownerEmail?: string | null | undefined;
};

/** What an API key may do: VIEWER reads, EDITOR also changes authorizations, ADMIN also manages its workspace's webhooks, OPERATOR (created only by the CLI) also changes app-wide state such as the account list. */
export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'OPERATOR'
  | 'VIEWER';

export type StartFacebookBusinessLoginInput = {
  description?: string | null | undefined;
  label: string;
  /** Where notification email about the authorization goes (optional). */
  ownerEmail?: string | null | undefined;
  /** Where the callback sends the browser afterwards; must match ADSAUTH_ALLOWED_RETURN_URLS. */
  returnTo?: string | null | undefined;
};

export type StartFacebookOAuthInput = {
  /** Re-authorize this authorization, keeping its id and label. */
  authorizationId?: string | number | null | undefined;
  description?: string | null | undefined;
  label: string;
  /** Where notification email about the new authorization goes (optional). */
  ownerEmail?: string | null | undefined;
  /** Where the callback sends the browser afterwards; must match ADSAUTH_ALLOWED_RETURN_URLS. */
  returnTo?: string | null | undefined;
  /** The permissions to ask for; defaults to [ADS_MANAGEMENT]. */
  scopes?: Array<FacebookPermission> | null | undefined;
};

/** What Facebook last said about the token. A failed check never changes it; see lastCheckError. */
export type TokenState =
  | 'DATA_ACCESS_EXPIRED'
  | 'EXPIRED'
  | 'EXPIRING_SOON'
  | 'INVALIDATED'
  | 'MISSING_PERMISSIONS'
  | 'REVOKED'
  | 'UNCHECKED'
  | 'VALID';

/** The kind of access token, as Facebook's debug_token reports it. */
export type TokenType =
  /** An app token. */
  | 'APP'
  /** A Page token. */
  | 'PAGE'
  /** A Business Manager system user's token. */
  | 'SYSTEM_USER'
  /** A kind Facebook reported that adsauth does not know. */
  | 'UNKNOWN'
  /** A Facebook user's token, from Facebook Login. */
  | 'USER';

/** Only the label, the description and the owner email can change. */
export type UpdateAuthorizationInput = {
  /** null clears it. */
  description?: string | null | undefined;
  id: string | number;
  label?: string | null | undefined;
  /** Where notification email goes; null clears it. */
  ownerEmail?: string | null | undefined;
};

/** The events a webhook can subscribe to; the delivery body carries the dotted name, e.g. authorization.state_changed. */
export type WebhookEventType =
  | 'AD_ACCOUNTS_CHANGED'
  | 'AUTHORIZATION_CREATED'
  | 'AUTHORIZATION_DELETED'
  | 'AUTHORIZATION_EXPIRING'
  | 'AUTHORIZATION_STATE_CHANGED';

export type DashboardSignInCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardSignInCheckQuery = { viewer: { role: Role, apiKeyName: string } };

export type DashboardAppQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAppQuery = { app: { appId: string, sandbox: boolean, graphApiVersion: string, accessLevelSource: AccessLevelSource, observedAccessTier: string | null, warnings: Array<{ code: AppWarningCode, message: string, remediation: { text: string, url: string | null } }>, accessLevel: { tier: AccessTier, description: string, adAccountLimit: number | null, systemUserLimit: number, adminSystemUserLimit: number, nextTier: AccessTier | null, upgradeCriteria: Array<{ description: string, measurable: boolean, met: boolean | null, progress: string | null }> }, accountList: { used: number, limit: number | null, remaining: number | null, accounts: Array<{ accountId: string, addedAt: string, lastCalledAt: string | null }> }, apiUsage: { calls: number, errors: number, errorRate: number, windowDays: number } } };

export type DashboardSystemUsersQueryVariables = Exact<{
  businessId: string;
}>;


export type DashboardSystemUsersQuery = { app: { systemUsers:
      | { __typename: 'BusinessNotReachable', message: string }
      | { __typename: 'GraphUnavailable', message: string }
      | { __typename: 'RateLimited', message: string }
      | { __typename: 'SystemUserUsage', tier: AccessTier, warnings: Array<string>, regular: { used: number, limit: number, overLimit: boolean }, admin: { used: number, limit: number, overLimit: boolean } }
      | { __typename: 'ValidationError', message: string }
     } };

export type DashboardAuthorizationQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardAuthorizationQuery = { authorization: { id: string, label: string, description: string | null, ownerEmail: string | null, method: AuthorizationMethod, health: AuthorizationHealth, createdAt: string, createdBy: string | null, tokenFingerprint: string, businessId: string | null, clientBusinessId: string | null, supportedJobTypes: Array<JobType>, facebookUser: { id: string, name: string | null } | null, tokenStatus: { state: TokenState, isValid: boolean, tokenType: TokenType | null, checkedAt: string | null, expiresAt: string | null, dataAccessExpiresAt: string | null, scopes: Array<string>, declinedScopes: Array<string>, missingScopes: Array<string>, issues: Array<{ code: HealthIssueCode, message: string, remediation: { text: string, url: string | null } }>, lastCheckError: { message: string, occurredAt: string } | null } } | null };

export type DashboardAdAccountsQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardAdAccountsQuery = { authorization: { id: string, adAccounts: { totalCount: number, edges: Array<{ node: { id: string, accountId: string, name: string, status: AdAccountStatus, currency: string | null, business: { name: string | null } | null, audiences: { ready: boolean, blockers: Array<{ code: ExportBlockerCode, message: string, remediation: { text: string, url: string | null } }> }, webTraffic: { ready: boolean, blockers: Array<{ code: ExportBlockerCode, message: string, remediation: { text: string, url: string | null } }> } } }> } } | null };

export type ReadinessFragment = { ready: boolean, blockers: Array<{ code: ExportBlockerCode, message: string, remediation: { text: string, url: string | null } }> };

export type DashboardHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardHistoryQuery = { authorization: { id: string, history: { edges: Array<{ node: { id: string, type: AuthorizationEventType, actor: string, occurredAt: string, details:
            | { __typename: 'AdAccountsChangedEventDetails', gained: Array<{ accountId: string, name: string | null, status: AdAccountStatus | null }>, lost: Array<{ accountId: string, name: string | null }>, statusChanges: Array<{ accountId: string, name: string | null, from: AdAccountStatus | null, to: AdAccountStatus | null }>, termsChanges: Array<{ accountId: string, name: string | null, terms: AdAccountTerms, accepted: boolean }> }
            | { __typename: 'CheckFailedEventDetails', errorClass: CheckErrorClass | null, message: string | null }
            | { __typename: 'ConnectCancelledEventDetails', reason: string | null }
            | { __typename: 'CreatedEventDetails' }
            | { __typename: 'DeletedEventDetails' }
            | { __typename: 'ExpiringEventDetails', kind: ExpiryKind | null, expiresAt: string | null }
            | { __typename: 'HealthChangedEventDetails', healthFrom: AuthorizationHealth | null, healthTo: AuthorizationHealth | null }
            | { __typename: 'StateChangedEventDetails', from: TokenState | null, to: TokenState | null, reason: string | null }
            | { __typename: 'SweepFinishedEventDetails' }
            | { __typename: 'TokenReplacedEventDetails' }
            | { __typename: 'UpdatedEventDetails', changes: Array<{ field: string }> }
           } }> } } | null };

export type DashboardUpdateAuthorizationMutationVariables = Exact<{
  input: UpdateAuthorizationInput;
}>;


export type DashboardUpdateAuthorizationMutation = { updateAuthorization:
    | { __typename: 'AuthorizationPayload', authorization: { id: string, label: string, description: string | null } }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'ValidationError', message: string, field: string }
   };

export type DashboardRefreshAuthorizationMutationVariables = Exact<{
  input: RefreshAuthorizationInput;
}>;


export type DashboardRefreshAuthorizationMutation = { refreshAuthorization:
    | { __typename: 'AuthorizationPayload', authorization: { id: string, health: AuthorizationHealth, tokenStatus: { state: TokenState, checkedAt: string | null } } }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'RateLimited', message: string }
   };

export type DashboardDeleteAuthorizationMutationVariables = Exact<{
  input: DeleteAuthorizationInput;
}>;


export type DashboardDeleteAuthorizationMutation = { deleteAuthorization:
    | { __typename: 'DeleteAuthorizationPayload', deletedAuthorizationId: string, revokedAtFacebook: boolean }
    | { __typename: 'GraphUnavailable', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'RateLimited', message: string }
   };

export type DashboardAuthorizationsQueryVariables = Exact<{
  filter?: AuthorizationFilter | null | undefined;
  orderBy?: AuthorizationOrder | null | undefined;
}>;


export type DashboardAuthorizationsQuery = { authorizations: { totalCount: number, edges: Array<{ node: { id: string, label: string, description: string | null, method: AuthorizationMethod, health: AuthorizationHealth, createdAt: string, ownerEmail: string | null, businessId: string | null, clientBusinessId: string | null, facebookUser: { id: string, name: string | null } | null, tokenStatus: { state: TokenState, expiresAt: string | null } } }> } };

export type DashboardAuthorizationsSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAuthorizationsSummaryQuery = { authorizationsSummary: { total: number, byHealth: Array<{ health: AuthorizationHealth, count: number }> }, sweep: { running: boolean, nextRunAt: string | null, lastRun: { startedAt: string, finishedAt: string | null, stoppedEarly: boolean } | null, lastRunInWorkspace: { finishedAt: string, checked: number, changed: number, failed: number } | null } };

export type DashboardAuthorizationEventsSubscriptionVariables = Exact<{
  authorizationId?: string | number | null | undefined;
}>;


export type DashboardAuthorizationEventsSubscription = { authorizationEvents: { id: string, type: AuthorizationEventType, label: string | null, actor: string, occurredAt: string, authorizationId: string | null } };

export type DashboardStartFacebookOAuthMutationVariables = Exact<{
  input: StartFacebookOAuthInput;
}>;


export type DashboardStartFacebookOAuthMutation = { startFacebookOAuth:
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StartFacebookOAuthPayload', authorizeUrl: string }
    | { __typename: 'ValidationError', message: string, field: string }
   };

export type DashboardStartFacebookBusinessLoginMutationVariables = Exact<{
  input: StartFacebookBusinessLoginInput;
}>;


export type DashboardStartFacebookBusinessLoginMutation = { startFacebookBusinessLogin:
    | { __typename: 'LoginNotConfigured', message: string }
    | { __typename: 'StartFacebookOAuthPayload', authorizeUrl: string }
    | { __typename: 'ValidationError', message: string, field: string }
   };

export type DashboardRegisterSystemUserTokenMutationVariables = Exact<{
  input: RegisterSystemUserTokenInput;
}>;


export type DashboardRegisterSystemUserTokenMutation = { registerSystemUserToken:
    | { __typename: 'DuplicateToken', message: string }
    | { __typename: 'GraphUnavailable', message: string }
    | { __typename: 'InvalidToken', message: string }
    | { __typename: 'MissingPermissions', message: string }
    | { __typename: 'RateLimited', message: string }
    | { __typename: 'RegisterSystemUserTokenPayload', warnings: Array<string>, authorization: { id: string } }
    | { __typename: 'ValidationError', message: string, field: string }
    | { __typename: 'WrongTokenType', message: string }
   };

export type DashboardWebhookDeliveryFragment = { id: string, eventType: WebhookEventType, status: DeliveryStatus, attempts: number, lastError: string | null, lastHttpStatus: number | null, occurredAt: string, deliveredAt: string | null, nextAttemptAt: string | null };

export type DashboardWebhookDeliveryPageFragment = { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, eventType: WebhookEventType, status: DeliveryStatus, attempts: number, lastError: string | null, lastHttpStatus: number | null, occurredAt: string, deliveredAt: string | null, nextAttemptAt: string | null } }> };

export type DashboardWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardWebhooksQuery = { webhooks: { totalCount: number, edges: Array<{ node: { id: string, url: string, eventTypes: Array<WebhookEventType>, createdAt: string, deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, eventType: WebhookEventType, status: DeliveryStatus, attempts: number, lastError: string | null, lastHttpStatus: number | null, occurredAt: string, deliveredAt: string | null, nextAttemptAt: string | null } }> } } }> } };

export type DashboardOlderDeliveriesQueryVariables = Exact<{
  id: string | number;
  after: string;
}>;


export type DashboardOlderDeliveriesQuery = { node:
    | { __typename: 'AdAccount', id: string }
    | { __typename: 'Authorization', id: string }
    | { __typename: 'Webhook', id: string, deliveries: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, eventType: WebhookEventType, status: DeliveryStatus, attempts: number, lastError: string | null, lastHttpStatus: number | null, occurredAt: string, deliveredAt: string | null, nextAttemptAt: string | null } }> } }
    | { __typename: 'Workspace', id: string }
   | null };

export type DashboardCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type DashboardCreateWebhookMutation = { createWebhook:
    | { __typename: 'CreateWebhookPayload', signingSecret: string, webhook: { id: string } }
    | { __typename: 'ValidationError', message: string, field: string }
   };

export type DashboardDeleteWebhookMutationVariables = Exact<{
  input: DeleteWebhookInput;
}>;


export type DashboardDeleteWebhookMutation = { deleteWebhook:
    | { __typename: 'DeleteWebhookPayload' }
    | { __typename: 'NotFound', message: string }
   };

export const ReadinessFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Readiness"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportReadiness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<ReadinessFragment, unknown>;
export const DashboardWebhookDeliveryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardWebhookDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastHttpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]} as unknown as DocumentNode<DashboardWebhookDeliveryFragment, unknown>;
export const DashboardWebhookDeliveryPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardWebhookDeliveryPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardWebhookDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardWebhookDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastHttpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]} as unknown as DocumentNode<DashboardWebhookDeliveryPageFragment, unknown>;
export const DashboardSignInCheckDocument = {"__meta__":{"hash":"sha256:82abaa525e856170d381cb94d333b3d6994f0ea590c2155d7b6a1f5e98142339"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSignInCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyName"}}]}}]}}]} as unknown as DocumentNode<DashboardSignInCheckQuery, DashboardSignInCheckQueryVariables>;
export const DashboardAppDocument = {"__meta__":{"hash":"sha256:491eba90caf821ef380982969f64722cd82de9816b605c772409d82ad7b8641c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardApp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"sandbox"}},{"kind":"Field","name":{"kind":"Name","value":"graphApiVersion"}},{"kind":"Field","name":{"kind":"Name","value":"accessLevelSource"}},{"kind":"Field","name":{"kind":"Name","value":"observedAccessTier"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"adAccountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"systemUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"adminSystemUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"nextTier"}},{"kind":"Field","name":{"kind":"Name","value":"upgradeCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"measurable"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"errorRate"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAppQuery, DashboardAppQueryVariables>;
export const DashboardSystemUsersDocument = {"__meta__":{"hash":"sha256:2682fc00245e6892a01da5004e41730254b02fefd8ac3ecbc6f1de5d8066e80b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSystemUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUserUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"regular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"overLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"overLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSystemUsersQuery, DashboardSystemUsersQueryVariables>;
export const DashboardAuthorizationDocument = {"__meta__":{"hash":"sha256:d1a6a0d19b63d2f7f168c3ed3410410a21a9b8e4ad7437b1ece840c3f26e70e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}},{"kind":"Field","name":{"kind":"Name","value":"clientBusinessId"}},{"kind":"Field","name":{"kind":"Name","value":"supportedJobTypes"}},{"kind":"Field","name":{"kind":"Name","value":"facebookUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataAccessExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"declinedScopes"}},{"kind":"Field","name":{"kind":"Name","value":"missingScopes"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAuthorizationQuery, DashboardAuthorizationQueryVariables>;
export const DashboardAdAccountsDocument = {"__meta__":{"hash":"sha256:d6e468fded4743455848a7fb5931d6d129d55cd823081e3605e699f51ad904e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAdAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"business"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"audiences"},"name":{"kind":"Name","value":"exportReadiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobType"},"value":{"kind":"EnumValue","value":"EXPORT_AUDIENCES"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Readiness"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"webTraffic"},"name":{"kind":"Name","value":"exportReadiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobType"},"value":{"kind":"EnumValue","value":"EXPORT_AUDIENCES_WEB_TRAFFIC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Readiness"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Readiness"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportReadiness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAdAccountsQuery, DashboardAdAccountsQueryVariables>;
export const DashboardHistoryDocument = {"__meta__":{"hash":"sha256:5b42b261bcedfa865f9408bdecfa25b4d6ba91be671d7b94ba6956765b7fe796"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StateChangedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckFailedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpiringEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthChangedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"healthFrom"},"name":{"kind":"Name","value":"from"}},{"kind":"Field","alias":{"kind":"Name","value":"healthTo"},"name":{"kind":"Name","value":"to"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectCancelledEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdAccountsChangedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termsChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardHistoryQuery, DashboardHistoryQueryVariables>;
export const DashboardUpdateAuthorizationDocument = {"__meta__":{"hash":"sha256:5e2f77e03f1605409159ddeee429c6010d09bfc617c7e4cec007f23a7292d33a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardUpdateAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardUpdateAuthorizationMutation, DashboardUpdateAuthorizationMutationVariables>;
export const DashboardRefreshAuthorizationDocument = {"__meta__":{"hash":"sha256:aca70517c2932b092a5899b1ab851ea0cbd593c236780ef0203a622bba32a5b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardRefreshAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRefreshAuthorizationMutation, DashboardRefreshAuthorizationMutationVariables>;
export const DashboardDeleteAuthorizationDocument = {"__meta__":{"hash":"sha256:147883d8bac0a30681c08e3785ff5e232455b69397b69cfec2e7c77027e438f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardDeleteAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAuthorizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAuthorizationId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAtFacebook"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardDeleteAuthorizationMutation, DashboardDeleteAuthorizationMutationVariables>;
export const DashboardAuthorizationsDocument = {"__meta__":{"hash":"sha256:886e6b44a6e252028746cc54fdd9c355bdd40cd651657709b02ab3f3e3a7ff42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAuthorizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}},{"kind":"Field","name":{"kind":"Name","value":"clientBusinessId"}},{"kind":"Field","name":{"kind":"Name","value":"facebookUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAuthorizationsQuery, DashboardAuthorizationsQueryVariables>;
export const DashboardAuthorizationsSummaryDocument = {"__meta__":{"hash":"sha256:c0b68dbfb2329a18132063fc217afddd1ae150ea361e240c612f1da800b2fce9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAuthorizationsSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationsSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sweep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedEarly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRunInWorkspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}}]}}]}}]} as unknown as DocumentNode<DashboardAuthorizationsSummaryQuery, DashboardAuthorizationsSummaryQueryVariables>;
export const DashboardAuthorizationEventsDocument = {"__meta__":{"hash":"sha256:571297361a65c2f01a9ea0cd06f35444e58f6dafe90159bb32849f92b47a6faf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardAuthorizationEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"authorizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationId"}}]}}]}}]} as unknown as DocumentNode<DashboardAuthorizationEventsSubscription, DashboardAuthorizationEventsSubscriptionVariables>;
export const DashboardStartFacebookOAuthDocument = {"__meta__":{"hash":"sha256:9534101b1b7dd904e468047d5e62c666b3a49d69250ced24d6bee715236baf2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardStartFacebookOAuth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartFacebookOAuthInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFacebookOAuth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartFacebookOAuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardStartFacebookOAuthMutation, DashboardStartFacebookOAuthMutationVariables>;
export const DashboardStartFacebookBusinessLoginDocument = {"__meta__":{"hash":"sha256:cc21ed67d13e39d72aa86725cb19232798b83a09e77a734200f1ba6577897d70"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardStartFacebookBusinessLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartFacebookBusinessLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFacebookBusinessLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartFacebookOAuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardStartFacebookBusinessLoginMutation, DashboardStartFacebookBusinessLoginMutationVariables>;
export const DashboardRegisterSystemUserTokenDocument = {"__meta__":{"hash":"sha256:537c505977213326bc795a57eaadff95cf43920037b9c6bfc35e2844f5bcc008"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardRegisterSystemUserToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSystemUserTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSystemUserToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSystemUserTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRegisterSystemUserTokenMutation, DashboardRegisterSystemUserTokenMutationVariables>;
export const DashboardWebhooksDocument = {"__meta__":{"hash":"sha256:4c48f506c675dac5efcfa45b140474caa3edbbebb190da75f9bfb9602e8f5d96"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardWebhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardWebhookDeliveryPage"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardWebhookDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastHttpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardWebhookDeliveryPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardWebhookDelivery"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardWebhooksQuery, DashboardWebhooksQueryVariables>;
export const DashboardOlderDeliveriesDocument = {"__meta__":{"hash":"sha256:cbfa365ce32dba30f1a81c96e84a81369098b01c40cdfb503c652328a3e46355"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOlderDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardWebhookDeliveryPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardWebhookDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastHttpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardWebhookDeliveryPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardWebhookDelivery"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardOlderDeliveriesQuery, DashboardOlderDeliveriesQueryVariables>;
export const DashboardCreateWebhookDocument = {"__meta__":{"hash":"sha256:4f8ccc5317b31511df9744b201a028b336a7e6fc6507c2d1752d486b5342fe87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardCreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signingSecret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCreateWebhookMutation, DashboardCreateWebhookMutationVariables>;
export const DashboardDeleteWebhookDocument = {"__meta__":{"hash":"sha256:562c326c7ab064dc2810bb7a3722745791f57e9a57d11bf0723d16cb0400a794"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardDeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardDeleteWebhookMutation, DashboardDeleteWebhookMutationVariables>;