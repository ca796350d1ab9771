// GENERATED FILE: do not edit. Written by `npm run codegen` from codegen.yml, schema/schema.graphql and test/.
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

export type AdAccountChangeKind =
  | 'GAINED'
  | 'LOST'
  | 'STATUS_CHANGED'
  | 'TASKS_CHANGED'
  | 'TOS_CHANGED';

export type AdAccountFilter = {
  /** Only accounts that are (true) or are not (false) ready for EXPORT_AUDIENCES. */
  ready?: boolean | null | undefined;
  status?: AdAccountStatus | null | undefined;
};

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

export type AdAccountTask =
  | 'AA_ANALYZE'
  | 'ADVERTISE'
  | 'ANALYZE'
  | 'DRAFT'
  | 'MANAGE';

/** Terms of service an ad account accepts for Custom Audiences. */
export type AdAccountTerms =
  /** The Custom Audience terms (tos_accepted.custom_audience_tos): needed for every audience export. */
  | 'CUSTOM_AUDIENCE_TOS'
  /** Terms recorded by another version of adsauth that this one does not know. */
  | 'UNKNOWN'
  /** The website and app Custom Audience terms (tos_accepted.web_custom_audience_tos): needed for web-traffic exports. */
  | 'WEB_CUSTOM_AUDIENCE_TOS';

export type AddToAccountListInput = {
  /** The numeric ad-account id, without act_ (as in Meta's account configuration tool). */
  accountId: string;
};

/** A permission's App Review status: Graph's live or unapproved; UNKNOWN for a value adsauth does not know. */
export type AppPermissionStatus =
  | 'LIVE'
  | 'UNAPPROVED'
  | 'UNKNOWN';

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

/** Who issues the tokens of an authorization. */
export type AuthorizationProvider =
  /** Facebook (Meta): Facebook Login, Business Manager system users and Login for Business. */
  | 'FACEBOOK';

/** Graph's verification_status, upper-cased; UNKNOWN for a value adsauth does not know. */
export type BusinessVerificationStatus =
  | 'EXPIRED'
  | 'FAILED'
  | 'INELIGIBLE'
  | 'NOT_VERIFIED'
  | 'PENDING'
  | 'PENDING_NEED_MORE_INFO'
  | 'PENDING_SUBMISSION'
  | 'REJECTED'
  | 'REVOKED'
  | 'UNKNOWN'
  | 'VERIFIED';

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

/** The query parameters Facebook redirected back with. Pass either code, or error (when the person cancelled). */
export type CompleteFacebookOAuthInput = {
  code?: string | null | undefined;
  /** e.g. access_denied */
  error?: string | null | undefined;
  errorDescription?: string | null | undefined;
  /** e.g. user_denied */
  errorReason?: string | null | undefined;
  state: string;
};

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

export type InvalidTokenReason =
  | 'NOT_VALID'
  | 'OTHER_APP';

/** The export jobs an authorization can serve. Both need ads_management. */
export type JobType =
  | 'EXPORT_AUDIENCES'
  | 'EXPORT_AUDIENCES_WEB_TRAFFIC';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** API_KEY: this key used its allowance of Graph-calling requests (ADSAUTH_KEY_GRAPH_CALLS_PER_MINUTE). APP_USAGE: the app's Graph usage is at ADSAUTH_REQUEST_USAGE_CEILING or Facebook throttles it; the rest is kept for the health sweep. */
export type RateLimitScope =
  | 'API_KEY'
  | 'APP_USAGE';

export type RefreshAdAccountInput = {
  /** The ad-account id, with or without act_. */
  adAccountId: string;
  authorizationId: string | number;
};

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

export type RemoveFromAccountListInput = {
  /** The numeric ad-account id, without act_. */
  accountId: string;
};

export type ReplaceSystemUserTokenInput = {
  accessToken: string;
  /** Accept a token of another system user than the current one; without it such a token is SystemUserMismatch. */
  allowIdentityChange?: boolean | null | undefined;
  id: string | number;
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

export type SyncAdAccountsInput = {
  authorizationId: string | number;
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

export type AccessLevelFieldsFragment = { tier: AccessTier, description: string, adAccountLimit: number | null, systemUserLimit: number, adminSystemUserLimit: number, rateLimiting: string, businessManagerAccess: string, canCreatePages: boolean, nextTier: AccessTier | null, upgradeCriteria: Array<{ description: string, measurable: boolean, met: boolean | null, progress: string | null }> };

export type AccessLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessLevelsQuery = { accessLevels: Array<{ tier: AccessTier, description: string, adAccountLimit: number | null, systemUserLimit: number, adminSystemUserLimit: number, rateLimiting: string, businessManagerAccess: string, canCreatePages: boolean, nextTier: AccessTier | null, upgradeCriteria: Array<{ description: string, measurable: boolean, met: boolean | null, progress: string | null }> }> };

export type AppQueryVariables = Exact<{ [key: string]: never; }>;


export type AppQuery = { app: { appId: string, graphApiVersion: string, sandbox: boolean, accessLevelSource: AccessLevelSource, observedAccessTier: string | null, observedAccessTierAt: string | null, accessLevel: { tier: AccessTier, description: string, adAccountLimit: number | null, systemUserLimit: number, adminSystemUserLimit: number, rateLimiting: string, businessManagerAccess: string, canCreatePages: boolean, nextTier: AccessTier | null, upgradeCriteria: Array<{ description: string, measurable: boolean, met: boolean | null, progress: string | null }> }, warnings: Array<{ code: AppWarningCode, message: string, remediation: { text: string, url: string | null } }>, accountList: { used: number, limit: number | null, remaining: number | null, accounts: Array<{ accountId: string, addedAt: string, lastCalledAt: string | null }> }, apiUsage: { windowDays: number, calls: number, errors: number, errorRate: number, days: Array<{ day: string, calls: number, errors: number }> } } };

export type AccountListFieldsFragment = { used: number, limit: number | null, remaining: number | null, accounts: Array<{ accountId: string, addedAt: string, lastCalledAt: string | null }> };

export type AccountListQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountListQuery = { app: { accountList: { used: number, limit: number | null, remaining: number | null, accounts: Array<{ accountId: string, addedAt: string, lastCalledAt: string | null }> } } };

export type AddToAccountListMutationVariables = Exact<{
  input: AddToAccountListInput;
}>;


export type AddToAccountListMutation = { addToAccountList:
    | { __typename: 'AccountListFull', message: string, accountId: string, limit: number }
    | { __typename: 'AddToAccountListPayload', accountId: string, added: boolean, accountList: { used: number, limit: number | null, remaining: number | null, accounts: Array<{ accountId: string, addedAt: string, lastCalledAt: string | null }> } }
    | { __typename: 'ValidationError', message: string, field: string }
   };

export type RemoveFromAccountListMutationVariables = Exact<{
  input: RemoveFromAccountListInput;
}>;


export type RemoveFromAccountListMutation = { removeFromAccountList:
    | { __typename: 'RemoveFromAccountListPayload', accountId: string, removed: boolean, accountList: { used: number, limit: number | null, remaining: number | null, accounts: Array<{ accountId: string, addedAt: string, lastCalledAt: string | null }> } }
    | { __typename: 'ValidationError', message: string, field: string }
   };

export type SystemUsersQueryVariables = Exact<{
  businessId: string;
}>;


export type SystemUsersQuery = { app: { systemUsers:
      | { __typename: 'BusinessNotReachable', message: string, businessId: string }
      | { __typename: 'GraphUnavailable', message: string, retryable: boolean }
      | { __typename: 'RateLimited', message: string }
      | { __typename: 'SystemUserUsage', businessId: string, tier: AccessTier, authorizationId: string, warnings: Array<string>, regular: { used: number, limit: number, overLimit: boolean }, admin: { used: number, limit: number, overLimit: boolean } }
      | { __typename: 'ValidationError', message: string, field: string }
     } };

export type CallAdAccountMutationVariables = Exact<{
  input: RefreshAdAccountInput;
}>;


export type CallAdAccountMutation = { refreshAdAccount:
    | { __typename: 'AccountListFull', message: string, accountId: string, limit: number }
    | { __typename: 'GraphUnavailable', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'RateLimited', message: string }
    | { __typename: 'RefreshAdAccountPayload', adAccount: { accountId: string, inAccountList: boolean } }
    | { __typename: 'TokenNotUsable', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type AppWarningFieldsFragment = { code: AppWarningCode, message: string, remediation: { text: string, url: string | null } };

export type AppReadinessQueryVariables = Exact<{ [key: string]: never; }>;


export type AppReadinessQuery = { app: { permissions: Array<{ name: string, status: AppPermissionStatus }>, business: { id: string, name: string, verificationStatus: BusinessVerificationStatus } | null, graphApi: { version: string, availableUntil: string | null, daysLeft: number | null }, warnings: Array<{ code: AppWarningCode, message: string, remediation: { text: string, url: string | null } }> } };

export type AdAccountFieldsFragment = { id: string, accountId: string, name: string, status: AdAccountStatus, disableReason: string | null, currency: string | null, timezoneName: string | null, tasks: Array<AdAccountTask>, customAudienceTosAccepted: boolean, webCustomAudienceTosAccepted: boolean, tosAcceptUrl: string | null, isPersonal: boolean, inAccountList: boolean, syncedAt: string, business: { id: string, name: string | null } | null, pixels: Array<{ id: string, name: string, lastFiredTime: string | null }> };

export type ReadinessFieldsFragment = { ready: boolean, blockers: Array<{ code: ExportBlockerCode, message: string, remediation: { text: string, url: string | null } }> };

export type SyncAdAccountsMutationVariables = Exact<{
  input: SyncAdAccountsInput;
}>;


export type SyncAdAccountsMutation = { syncAdAccounts:
    | { __typename: 'GraphUnavailable', message: string, retryable: boolean }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'RateLimited', message: string }
    | { __typename: 'SyncAdAccountsPayload', accountCount: number, syncedAt: string, changes: Array<{ accountId: string, kind: AdAccountChangeKind, summary: string, at: string }>, authorization: { id: string } }
    | { __typename: 'TokenNotUsable', message: string, state: TokenState }
   };

export type RefreshAdAccountMutationVariables = Exact<{
  input: RefreshAdAccountInput;
}>;


export type RefreshAdAccountMutation = { refreshAdAccount:
    | { __typename: 'AccountListFull', message: string, accountId: string, limit: number }
    | { __typename: 'GraphUnavailable', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'RateLimited', message: string }
    | { __typename: 'RefreshAdAccountPayload', adAccount: { id: string, accountId: string, name: string, status: AdAccountStatus, disableReason: string | null, currency: string | null, timezoneName: string | null, tasks: Array<AdAccountTask>, customAudienceTosAccepted: boolean, webCustomAudienceTosAccepted: boolean, tosAcceptUrl: string | null, isPersonal: boolean, inAccountList: boolean, syncedAt: string, business: { id: string, name: string | null } | null, pixels: Array<{ id: string, name: string, lastFiredTime: string | null }> } }
    | { __typename: 'TokenNotUsable', message: string, state: TokenState }
    | { __typename: 'ValidationError', message: string, field: string }
   };

export type AdAccountsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AdAccountFilter | null | undefined;
  jobType: JobType;
}>;


export type AdAccountsQuery = { authorization: { adAccounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, accountId: string, name: string, status: AdAccountStatus, disableReason: string | null, currency: string | null, timezoneName: string | null, tasks: Array<AdAccountTask>, customAudienceTosAccepted: boolean, webCustomAudienceTosAccepted: boolean, tosAcceptUrl: string | null, isPersonal: boolean, inAccountList: boolean, syncedAt: string, exportReadiness: { ready: boolean, blockers: Array<{ code: ExportBlockerCode, message: string, remediation: { text: string, url: string | null } }> }, business: { id: string, name: string | null } | null, pixels: Array<{ id: string, name: string, lastFiredTime: string | null }> } }> } } | null };

export type AdAccountNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AdAccountNodeQuery = { node:
    | { __typename: 'AdAccount', accountId: string, name: string }
    | { __typename: 'Authorization' }
    | { __typename: 'Webhook' }
    | { __typename: 'Workspace' }
   | null };

export type ExportReadinessQueryVariables = Exact<{
  authorizationId: string | number;
  adAccountId: string;
  jobType: JobType;
}>;


export type ExportReadinessQuery = { exportReadiness:
    | { __typename: 'ExportReadiness', ready: boolean, blockers: Array<{ code: ExportBlockerCode, message: string, remediation: { text: string, url: string | null } }> }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'ValidationError', message: string, field: string }
   };

export type AuthorizationFieldsFragment = { id: string, label: string, description: string | null, provider: AuthorizationProvider, method: AuthorizationMethod, health: AuthorizationHealth, tokenFingerprint: string, businessId: string | null, supportedJobTypes: Array<JobType>, createdAt: string, updatedAt: string, createdBy: string | null, facebookUser: { id: string, name: string | null } | null, tokenStatus: { state: TokenState, isValid: boolean, tokenType: TokenType | null, expiresAt: string | null, dataAccessExpiresAt: string | null, scopes: Array<string>, declinedScopes: Array<string>, expiredScopes: Array<string>, missingScopes: Array<string>, checkedAt: string | null, lastCheckError: { errorClass: CheckErrorClass, code: number | null, subcode: number | null, message: string, fbtraceId: string | null, occurredAt: string } | null, issues: Array<{ code: HealthIssueCode, message: string, remediation: { text: string, url: string | null } }> } };

export type TokenStatusFieldsFragment = { state: TokenState, isValid: boolean, tokenType: TokenType | null, expiresAt: string | null, dataAccessExpiresAt: string | null, scopes: Array<string>, declinedScopes: Array<string>, expiredScopes: Array<string>, missingScopes: Array<string>, checkedAt: string | null, lastCheckError: { errorClass: CheckErrorClass, code: number | null, subcode: number | null, message: string, fbtraceId: string | null, occurredAt: string } | null, issues: Array<{ code: HealthIssueCode, message: string, remediation: { text: string, url: string | null } }> };

export type RegisterSystemUserTokenMutationVariables = Exact<{
  input: RegisterSystemUserTokenInput;
}>;


export type RegisterSystemUserTokenMutation = { registerSystemUserToken:
    | { __typename: 'DuplicateToken', message: string, authorizationId: string }
    | { __typename: 'GraphUnavailable', message: string, retryable: boolean }
    | { __typename: 'InvalidToken', message: string, reason: InvalidTokenReason }
    | { __typename: 'MissingPermissions', message: string, missingScopes: Array<string> }
    | { __typename: 'RateLimited', message: string }
    | { __typename: 'RegisterSystemUserTokenPayload', warnings: Array<string>, authorization: { id: string, label: string, description: string | null, provider: AuthorizationProvider, method: AuthorizationMethod, health: AuthorizationHealth, tokenFingerprint: string, businessId: string | null, supportedJobTypes: Array<JobType>, createdAt: string, updatedAt: string, createdBy: string | null, facebookUser: { id: string, name: string | null } | null, tokenStatus: { state: TokenState, isValid: boolean, tokenType: TokenType | null, expiresAt: string | null, dataAccessExpiresAt: string | null, scopes: Array<string>, declinedScopes: Array<string>, expiredScopes: Array<string>, missingScopes: Array<string>, checkedAt: string | null, lastCheckError: { errorClass: CheckErrorClass, code: number | null, subcode: number | null, message: string, fbtraceId: string | null, occurredAt: string } | null, issues: Array<{ code: HealthIssueCode, message: string, remediation: { text: string, url: string | null } }> } } }
    | { __typename: 'ValidationError', message: string, field: string }
    | { __typename: 'WrongTokenType', message: string, tokenType: TokenType, expected: TokenType }
   };

export type ReplaceSystemUserTokenMutationVariables = Exact<{
  input: ReplaceSystemUserTokenInput;
}>;


export type ReplaceSystemUserTokenMutation = { replaceSystemUserToken:
    | { __typename: 'AuthorizationPayload', authorization: { id: string, label: string, description: string | null, provider: AuthorizationProvider, method: AuthorizationMethod, health: AuthorizationHealth, tokenFingerprint: string, businessId: string | null, supportedJobTypes: Array<JobType>, createdAt: string, updatedAt: string, createdBy: string | null, facebookUser: { id: string, name: string | null } | null, tokenStatus: { state: TokenState, isValid: boolean, tokenType: TokenType | null, expiresAt: string | null, dataAccessExpiresAt: string | null, scopes: Array<string>, declinedScopes: Array<string>, expiredScopes: Array<string>, missingScopes: Array<string>, checkedAt: string | null, lastCheckError: { errorClass: CheckErrorClass, code: number | null, subcode: number | null, message: string, fbtraceId: string | null, occurredAt: string } | null, issues: Array<{ code: HealthIssueCode, message: string, remediation: { text: string, url: string | null } }> } } }
    | { __typename: 'DuplicateToken', message: string, authorizationId: string }
    | { __typename: 'GraphUnavailable', message: string }
    | { __typename: 'InvalidToken', message: string }
    | { __typename: 'MissingPermissions', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'RateLimited', message: string }
    | { __typename: 'SystemUserMismatch', message: string }
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'WrongTokenType', message: string, tokenType: TokenType }
   };

export type StartFacebookOAuthMutationVariables = Exact<{
  input: StartFacebookOAuthInput;
}>;


export type StartFacebookOAuthMutation = { startFacebookOAuth:
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StartFacebookOAuthPayload', authorizeUrl: string, state: string, expiresAt: string }
    | { __typename: 'ValidationError', message: string, field: string }
   };

export type CompleteFacebookOAuthMutationVariables = Exact<{
  input: CompleteFacebookOAuthInput;
}>;


export type CompleteFacebookOAuthMutation = { completeFacebookOAuth:
    | { __typename: 'CodeExchangeFailed', message: string, graphCode: number | null, graphSubcode: number | null }
    | { __typename: 'CompleteFacebookOAuthPayload', reauthorized: boolean, returnTo: string | null, authorization: { id: string, label: string, description: string | null, provider: AuthorizationProvider, method: AuthorizationMethod, health: AuthorizationHealth, tokenFingerprint: string, businessId: string | null, supportedJobTypes: Array<JobType>, createdAt: string, updatedAt: string, createdBy: string | null, facebookUser: { id: string, name: string | null } | null, tokenStatus: { state: TokenState, isValid: boolean, tokenType: TokenType | null, expiresAt: string | null, dataAccessExpiresAt: string | null, scopes: Array<string>, declinedScopes: Array<string>, expiredScopes: Array<string>, missingScopes: Array<string>, checkedAt: string | null, lastCheckError: { errorClass: CheckErrorClass, code: number | null, subcode: number | null, message: string, fbtraceId: string | null, occurredAt: string } | null, issues: Array<{ code: HealthIssueCode, message: string, remediation: { text: string, url: string | null } }> } } }
    | { __typename: 'FacebookUserMismatch', message: string }
    | { __typename: 'GraphUnavailable', message: string }
    | { __typename: 'InvalidOAuthState', message: string }
    | { __typename: 'InvalidToken', message: string, reason: InvalidTokenReason }
    | { __typename: 'MissingPermissions', message: string }
    | { __typename: 'OAuthDenied', message: string, errorReason: string | null }
    | { __typename: 'RateLimited', message: string }
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'WrongTokenType', message: string }
   };

export type UpdateAuthorizationMutationVariables = Exact<{
  input: UpdateAuthorizationInput;
}>;


export type UpdateAuthorizationMutation = { updateAuthorization:
    | { __typename: 'AuthorizationPayload', authorization: { id: string, label: string, description: string | null, provider: AuthorizationProvider, method: AuthorizationMethod, health: AuthorizationHealth, tokenFingerprint: string, businessId: string | null, supportedJobTypes: Array<JobType>, createdAt: string, updatedAt: string, createdBy: string | null, facebookUser: { id: string, name: string | null } | null, tokenStatus: { state: TokenState, isValid: boolean, tokenType: TokenType | null, expiresAt: string | null, dataAccessExpiresAt: string | null, scopes: Array<string>, declinedScopes: Array<string>, expiredScopes: Array<string>, missingScopes: Array<string>, checkedAt: string | null, lastCheckError: { errorClass: CheckErrorClass, code: number | null, subcode: number | null, message: string, fbtraceId: string | null, occurredAt: string } | null, issues: Array<{ code: HealthIssueCode, message: string, remediation: { text: string, url: string | null } }> } } }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'ValidationError', message: string, field: string }
   };

export type DeleteAuthorizationMutationVariables = Exact<{
  input: DeleteAuthorizationInput;
}>;


export type DeleteAuthorizationMutation = { deleteAuthorization:
    | { __typename: 'DeleteAuthorizationPayload', deletedAuthorizationId: string, revokedAtFacebook: boolean }
    | { __typename: 'GraphUnavailable', message: string, retryable: boolean }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'RateLimited', message: string }
   };

export type RefreshAuthorizationMutationVariables = Exact<{
  input: RefreshAuthorizationInput;
}>;


export type RefreshAuthorizationMutation = { refreshAuthorization:
    | { __typename: 'AuthorizationPayload', authorization: { id: string, label: string, description: string | null, provider: AuthorizationProvider, method: AuthorizationMethod, health: AuthorizationHealth, tokenFingerprint: string, businessId: string | null, supportedJobTypes: Array<JobType>, createdAt: string, updatedAt: string, createdBy: string | null, facebookUser: { id: string, name: string | null } | null, tokenStatus: { state: TokenState, isValid: boolean, tokenType: TokenType | null, expiresAt: string | null, dataAccessExpiresAt: string | null, scopes: Array<string>, declinedScopes: Array<string>, expiredScopes: Array<string>, missingScopes: Array<string>, checkedAt: string | null, lastCheckError: { errorClass: CheckErrorClass, code: number | null, subcode: number | null, message: string, fbtraceId: string | null, occurredAt: string } | null, issues: Array<{ code: HealthIssueCode, message: string, remediation: { text: string, url: string | null } }> } } }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'RateLimited', message: string }
   };

export type AuthorizationQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationQuery = { authorization: { id: string, label: string, description: string | null, provider: AuthorizationProvider, method: AuthorizationMethod, health: AuthorizationHealth, tokenFingerprint: string, businessId: string | null, supportedJobTypes: Array<JobType>, createdAt: string, updatedAt: string, createdBy: string | null, facebookUser: { id: string, name: string | null } | null, tokenStatus: { state: TokenState, isValid: boolean, tokenType: TokenType | null, expiresAt: string | null, dataAccessExpiresAt: string | null, scopes: Array<string>, declinedScopes: Array<string>, expiredScopes: Array<string>, missingScopes: Array<string>, checkedAt: string | null, lastCheckError: { errorClass: CheckErrorClass, code: number | null, subcode: number | null, message: string, fbtraceId: string | null, occurredAt: string } | null, issues: Array<{ code: HealthIssueCode, message: string, remediation: { text: string, url: string | null } }> } } | null };

export type AuthorizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuthorizationFilter | null | undefined;
}>;


export type AuthorizationsQuery = { authorizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, label: string, method: AuthorizationMethod, health: AuthorizationHealth, tokenStatus: { state: TokenState } } }> } };

export type RecheckAllQueryVariables = Exact<{
  first?: number | null | undefined;
  maxAgeSeconds?: number | null | undefined;
}>;


export type RecheckAllQuery = { authorizations: { edges: Array<{ node: { id: string, label: string, tokenStatus: { state: TokenState, checkedAt: string | null, lastCheckError: { errorClass: CheckErrorClass } | null } } }> } };

export type AuthorizationsSummaryQueryVariables = Exact<{
  days: number;
}>;


export type AuthorizationsSummaryQuery = { authorizationsSummary: { total: number, expiringWithinDays: number, byHealth: Array<{ health: AuthorizationHealth, count: number }>, byState: Array<{ state: TokenState, count: number }> } };

export type OrderedAuthorizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuthorizationFilter | null | undefined;
  orderBy?: AuthorizationOrder | null | undefined;
}>;


export type OrderedAuthorizationsQuery = { authorizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, label: string, health: AuthorizationHealth, businessId: string | null, facebookUser: { id: string } | null, tokenStatus: { expiresAt: string | null } } }> } };

export type BudgetStatusFieldsFragment = { state: TokenState, checkedAt: string | null, lastCheckError: { errorClass: CheckErrorClass, code: number | null, message: string, occurredAt: string } | null };

type BudgetRefusalFields_AccountListFull_Fragment = { __typename: 'AccountListFull', message: string };

type BudgetRefusalFields_BusinessNotReachable_Fragment = { __typename: 'BusinessNotReachable', message: string };

type BudgetRefusalFields_CodeExchangeFailed_Fragment = { __typename: 'CodeExchangeFailed', message: string };

type BudgetRefusalFields_DuplicateToken_Fragment = { __typename: 'DuplicateToken', message: string };

type BudgetRefusalFields_FacebookUserMismatch_Fragment = { __typename: 'FacebookUserMismatch', message: string };

type BudgetRefusalFields_GraphUnavailable_Fragment = { __typename: 'GraphUnavailable', retryable: boolean, message: string };

type BudgetRefusalFields_InvalidOAuthState_Fragment = { __typename: 'InvalidOAuthState', message: string };

type BudgetRefusalFields_InvalidToken_Fragment = { __typename: 'InvalidToken', message: string };

type BudgetRefusalFields_LoginNotConfigured_Fragment = { __typename: 'LoginNotConfigured', message: string };

type BudgetRefusalFields_MissingPermissions_Fragment = { __typename: 'MissingPermissions', message: string };

type BudgetRefusalFields_NotFound_Fragment = { __typename: 'NotFound', message: string };

type BudgetRefusalFields_OAuthDenied_Fragment = { __typename: 'OAuthDenied', message: string };

type BudgetRefusalFields_RateLimited_Fragment = { __typename: 'RateLimited', retryAfterSeconds: number, scope: RateLimitScope, message: string };

type BudgetRefusalFields_SystemUserMismatch_Fragment = { __typename: 'SystemUserMismatch', message: string };

type BudgetRefusalFields_TokenNotUsable_Fragment = { __typename: 'TokenNotUsable', message: string };

type BudgetRefusalFields_ValidationError_Fragment = { __typename: 'ValidationError', message: string };

type BudgetRefusalFields_WrongTokenType_Fragment = { __typename: 'WrongTokenType', message: string };

export type BudgetRefusalFieldsFragment =
  | BudgetRefusalFields_AccountListFull_Fragment
  | BudgetRefusalFields_BusinessNotReachable_Fragment
  | BudgetRefusalFields_CodeExchangeFailed_Fragment
  | BudgetRefusalFields_DuplicateToken_Fragment
  | BudgetRefusalFields_FacebookUserMismatch_Fragment
  | BudgetRefusalFields_GraphUnavailable_Fragment
  | BudgetRefusalFields_InvalidOAuthState_Fragment
  | BudgetRefusalFields_InvalidToken_Fragment
  | BudgetRefusalFields_LoginNotConfigured_Fragment
  | BudgetRefusalFields_MissingPermissions_Fragment
  | BudgetRefusalFields_NotFound_Fragment
  | BudgetRefusalFields_OAuthDenied_Fragment
  | BudgetRefusalFields_RateLimited_Fragment
  | BudgetRefusalFields_SystemUserMismatch_Fragment
  | BudgetRefusalFields_TokenNotUsable_Fragment
  | BudgetRefusalFields_ValidationError_Fragment
  | BudgetRefusalFields_WrongTokenType_Fragment
;

export type BudgetRefreshAuthorizationMutationVariables = Exact<{
  input: RefreshAuthorizationInput;
}>;


export type BudgetRefreshAuthorizationMutation = { refreshAuthorization:
    | { __typename: 'AuthorizationPayload', authorization: { id: string, tokenStatus: { state: TokenState, checkedAt: string | null, lastCheckError: { errorClass: CheckErrorClass, code: number | null, message: string, occurredAt: string } | null } } }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'RateLimited', retryAfterSeconds: number, scope: RateLimitScope, message: string }
   };

export type BudgetRegisterSystemUserTokenMutationVariables = Exact<{
  input: RegisterSystemUserTokenInput;
}>;


export type BudgetRegisterSystemUserTokenMutation = { registerSystemUserToken:
    | { __typename: 'DuplicateToken', message: string }
    | { __typename: 'GraphUnavailable', retryable: boolean, message: string }
    | { __typename: 'InvalidToken', message: string }
    | { __typename: 'MissingPermissions', message: string }
    | { __typename: 'RateLimited', retryAfterSeconds: number, scope: RateLimitScope, message: string }
    | { __typename: 'RegisterSystemUserTokenPayload', authorization: { id: string } }
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'WrongTokenType', message: string }
   };

export type BudgetReplaceSystemUserTokenMutationVariables = Exact<{
  input: ReplaceSystemUserTokenInput;
}>;


export type BudgetReplaceSystemUserTokenMutation = { replaceSystemUserToken:
    | { __typename: 'AuthorizationPayload' }
    | { __typename: 'DuplicateToken', message: string }
    | { __typename: 'GraphUnavailable', retryable: boolean, message: string }
    | { __typename: 'InvalidToken', message: string }
    | { __typename: 'MissingPermissions', message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'RateLimited', retryAfterSeconds: number, scope: RateLimitScope, message: string }
    | { __typename: 'SystemUserMismatch', message: string }
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'WrongTokenType', message: string }
   };

export type BudgetSyncAdAccountsMutationVariables = Exact<{
  input: SyncAdAccountsInput;
}>;


export type BudgetSyncAdAccountsMutation = { syncAdAccounts:
    | { __typename: 'GraphUnavailable', retryable: boolean, message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'RateLimited', retryAfterSeconds: number, scope: RateLimitScope, message: string }
    | { __typename: 'SyncAdAccountsPayload' }
    | { __typename: 'TokenNotUsable', message: string }
   };

export type BudgetRefreshAdAccountMutationVariables = Exact<{
  input: RefreshAdAccountInput;
}>;


export type BudgetRefreshAdAccountMutation = { refreshAdAccount:
    | { __typename: 'AccountListFull', message: string }
    | { __typename: 'GraphUnavailable', retryable: boolean, message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'RateLimited', retryAfterSeconds: number, scope: RateLimitScope, message: string }
    | { __typename: 'RefreshAdAccountPayload' }
    | { __typename: 'TokenNotUsable', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type BudgetCompleteFacebookOAuthMutationVariables = Exact<{
  input: CompleteFacebookOAuthInput;
}>;


export type BudgetCompleteFacebookOAuthMutation = { completeFacebookOAuth:
    | { __typename: 'CodeExchangeFailed', message: string }
    | { __typename: 'CompleteFacebookOAuthPayload' }
    | { __typename: 'FacebookUserMismatch', message: string }
    | { __typename: 'GraphUnavailable', retryable: boolean, message: string }
    | { __typename: 'InvalidOAuthState', message: string }
    | { __typename: 'InvalidToken', message: string }
    | { __typename: 'MissingPermissions', message: string }
    | { __typename: 'OAuthDenied', message: string }
    | { __typename: 'RateLimited', retryAfterSeconds: number, scope: RateLimitScope, message: string }
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'WrongTokenType', message: string }
   };

export type BudgetDeleteAuthorizationMutationVariables = Exact<{
  input: DeleteAuthorizationInput;
}>;


export type BudgetDeleteAuthorizationMutation = { deleteAuthorization:
    | { __typename: 'DeleteAuthorizationPayload' }
    | { __typename: 'GraphUnavailable', retryable: boolean, message: string }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'RateLimited', retryAfterSeconds: number, scope: RateLimitScope, message: string }
   };

export type BudgetSystemUsersQueryVariables = Exact<{
  businessId: string;
}>;


export type BudgetSystemUsersQuery = { app: { systemUsers:
      | { __typename: 'BusinessNotReachable', message: string }
      | { __typename: 'GraphUnavailable', retryable: boolean, message: string }
      | { __typename: 'RateLimited', retryAfterSeconds: number, scope: RateLimitScope, message: string }
      | { __typename: 'SystemUserUsage' }
      | { __typename: 'ValidationError', message: string }
     } };

export type BudgetTokenStatusesQueryVariables = Exact<{
  first: number;
  maxAgeSeconds?: number | null | undefined;
}>;


export type BudgetTokenStatusesQuery = { authorizations: { edges: Array<{ node: { id: string, label: string, tokenStatus: { state: TokenState, checkedAt: string | null, lastCheckError: { errorClass: CheckErrorClass, code: number | null, message: string, occurredAt: string } | null } } }> } };

export type StartFacebookBusinessLoginMutationVariables = Exact<{
  input: StartFacebookBusinessLoginInput;
}>;


export type StartFacebookBusinessLoginMutation = { startFacebookBusinessLogin:
    | { __typename: 'LoginNotConfigured', message: string, setting: string }
    | { __typename: 'StartFacebookOAuthPayload', authorizeUrl: string, state: string, expiresAt: string }
    | { __typename: 'ValidationError', message: string, field: string }
   };

export type BusinessIntegrationFieldsFragment = { id: string, label: string, method: AuthorizationMethod, health: AuthorizationHealth, clientBusinessId: string | null, delegatedAssetIds: Array<string> | null, businessId: string | null, tokenFingerprint: string, supportedJobTypes: Array<JobType>, tokenStatus: { state: TokenState, tokenType: TokenType | null, expiresAt: string | null, scopes: Array<string>, issues: Array<{ code: HealthIssueCode, message: string, remediation: { text: string, url: string | null } }> }, adAccounts: { totalCount: number, edges: Array<{ node: { accountId: string } }> } };

export type BusinessAuthorizationQueryVariables = Exact<{
  id: string | number;
}>;


export type BusinessAuthorizationQuery = { authorization: { id: string, label: string, method: AuthorizationMethod, health: AuthorizationHealth, clientBusinessId: string | null, delegatedAssetIds: Array<string> | null, businessId: string | null, tokenFingerprint: string, supportedJobTypes: Array<JobType>, tokenStatus: { state: TokenState, tokenType: TokenType | null, expiresAt: string | null, scopes: Array<string>, issues: Array<{ code: HealthIssueCode, message: string, remediation: { text: string, url: string | null } }> }, adAccounts: { totalCount: number, edges: Array<{ node: { accountId: string } }> } } | null };

export type CompleteBusinessLoginMutationVariables = Exact<{
  input: CompleteFacebookOAuthInput;
}>;


export type CompleteBusinessLoginMutation = { completeFacebookOAuth:
    | { __typename: 'CodeExchangeFailed', message: string }
    | { __typename: 'CompleteFacebookOAuthPayload', reauthorized: boolean, authorization: { id: string, label: string, method: AuthorizationMethod, health: AuthorizationHealth, clientBusinessId: string | null, delegatedAssetIds: Array<string> | null, businessId: string | null, tokenFingerprint: string, supportedJobTypes: Array<JobType>, tokenStatus: { state: TokenState, tokenType: TokenType | null, expiresAt: string | null, scopes: Array<string>, issues: Array<{ code: HealthIssueCode, message: string, remediation: { text: string, url: string | null } }> }, adAccounts: { totalCount: number, edges: Array<{ node: { accountId: string } }> } } }
    | { __typename: 'FacebookUserMismatch', message: string }
    | { __typename: 'GraphUnavailable', message: string }
    | { __typename: 'InvalidOAuthState', message: string }
    | { __typename: 'InvalidToken', message: string, reason: InvalidTokenReason }
    | { __typename: 'MissingPermissions', message: string, missingScopes: Array<string> }
    | { __typename: 'OAuthDenied', message: string }
    | { __typename: 'RateLimited', message: string }
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'WrongTokenType', message: string, tokenType: TokenType, expected: TokenType }
   };

export type BusinessHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type BusinessHistoryQuery = { authorization: { history: { edges: Array<{ node: { type: AuthorizationEventType, actor: string, details:
            | { __typename: 'AdAccountsChangedEventDetails' }
            | { __typename: 'CheckFailedEventDetails' }
            | { __typename: 'ConnectCancelledEventDetails' }
            | { __typename: 'CreatedEventDetails' }
            | { __typename: 'DeletedEventDetails' }
            | { __typename: 'ExpiringEventDetails' }
            | { __typename: 'HealthChangedEventDetails' }
            | { __typename: 'StateChangedEventDetails', from: TokenState | null, to: TokenState | null, reason: string | null }
            | { __typename: 'SweepFinishedEventDetails' }
            | { __typename: 'TokenReplacedEventDetails' }
            | { __typename: 'UpdatedEventDetails' }
           } }> } } | null };

export type AuthorizationEventFieldsFragment = { id: string, type: AuthorizationEventType, occurredAt: string, actor: string, authorizationId: string | null, label: string | null, details:
    | { __typename: 'AdAccountsChangedEventDetails', gained: Array<{ accountId: string, name: string | null, status: AdAccountStatus | null }>, lost: Array<{ accountId: string, name: string | null }>, statusChanges: Array<{ accountId: string, from: AdAccountStatus | null, to: AdAccountStatus | null }>, termsChanges: Array<{ accountId: string, terms: AdAccountTerms, accepted: boolean }> }
    | { __typename: 'CheckFailedEventDetails', errorClass: CheckErrorClass | null, code: number | null, message: string | null, consecutiveFailures: number | null }
    | { __typename: 'ConnectCancelledEventDetails' }
    | { __typename: 'CreatedEventDetails', method: AuthorizationMethod | null, state: TokenState | null }
    | { __typename: 'DeletedEventDetails', revokedAtFacebook: boolean }
    | { __typename: 'ExpiringEventDetails', kind: ExpiryKind | null, expiresAt: string | null, thresholdDays: number | null }
    | { __typename: 'HealthChangedEventDetails', healthFrom: AuthorizationHealth | null, healthTo: AuthorizationHealth | null, stateAfter: TokenState | null }
    | { __typename: 'StateChangedEventDetails', from: TokenState | null, to: TokenState | null, reason: string | null }
    | { __typename: 'SweepFinishedEventDetails', checked: number, changed: number, failed: number, stoppedEarly: boolean }
    | { __typename: 'TokenReplacedEventDetails', fingerprintBefore: string | null, fingerprintAfter: string | null }
    | { __typename: 'UpdatedEventDetails', changes: Array<{ field: string, from: string | null, to: string | null }> }
   };

export type HistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HistoryQuery = { authorization: { id: string, history: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: AuthorizationEventType, occurredAt: string, actor: string, authorizationId: string | null, label: string | null, details:
            | { __typename: 'AdAccountsChangedEventDetails', gained: Array<{ accountId: string, name: string | null, status: AdAccountStatus | null }>, lost: Array<{ accountId: string, name: string | null }>, statusChanges: Array<{ accountId: string, from: AdAccountStatus | null, to: AdAccountStatus | null }>, termsChanges: Array<{ accountId: string, terms: AdAccountTerms, accepted: boolean }> }
            | { __typename: 'CheckFailedEventDetails', errorClass: CheckErrorClass | null, code: number | null, message: string | null, consecutiveFailures: number | null }
            | { __typename: 'ConnectCancelledEventDetails' }
            | { __typename: 'CreatedEventDetails', method: AuthorizationMethod | null, state: TokenState | null }
            | { __typename: 'DeletedEventDetails', revokedAtFacebook: boolean }
            | { __typename: 'ExpiringEventDetails', kind: ExpiryKind | null, expiresAt: string | null, thresholdDays: number | null }
            | { __typename: 'HealthChangedEventDetails', healthFrom: AuthorizationHealth | null, healthTo: AuthorizationHealth | null, stateAfter: TokenState | null }
            | { __typename: 'StateChangedEventDetails', from: TokenState | null, to: TokenState | null, reason: string | null }
            | { __typename: 'SweepFinishedEventDetails', checked: number, changed: number, failed: number, stoppedEarly: boolean }
            | { __typename: 'TokenReplacedEventDetails', fingerprintBefore: string | null, fingerprintAfter: string | null }
            | { __typename: 'UpdatedEventDetails', changes: Array<{ field: string, from: string | null, to: string | null }> }
           } }> } } | null };

export type AuthorizationEventsSubscriptionVariables = Exact<{
  authorizationId?: string | number | null | undefined;
}>;


export type AuthorizationEventsSubscription = { authorizationEvents: { id: string, type: AuthorizationEventType, occurredAt: string, actor: string, authorizationId: string | null, label: string | null, authorization: { id: string, label: string } | null, details:
      | { __typename: 'AdAccountsChangedEventDetails', gained: Array<{ accountId: string, name: string | null, status: AdAccountStatus | null }>, lost: Array<{ accountId: string, name: string | null }>, statusChanges: Array<{ accountId: string, from: AdAccountStatus | null, to: AdAccountStatus | null }>, termsChanges: Array<{ accountId: string, terms: AdAccountTerms, accepted: boolean }> }
      | { __typename: 'CheckFailedEventDetails', errorClass: CheckErrorClass | null, code: number | null, message: string | null, consecutiveFailures: number | null }
      | { __typename: 'ConnectCancelledEventDetails' }
      | { __typename: 'CreatedEventDetails', method: AuthorizationMethod | null, state: TokenState | null }
      | { __typename: 'DeletedEventDetails', revokedAtFacebook: boolean }
      | { __typename: 'ExpiringEventDetails', kind: ExpiryKind | null, expiresAt: string | null, thresholdDays: number | null }
      | { __typename: 'HealthChangedEventDetails', healthFrom: AuthorizationHealth | null, healthTo: AuthorizationHealth | null, stateAfter: TokenState | null }
      | { __typename: 'StateChangedEventDetails', from: TokenState | null, to: TokenState | null, reason: string | null }
      | { __typename: 'SweepFinishedEventDetails', checked: number, changed: number, failed: number, stoppedEarly: boolean }
      | { __typename: 'TokenReplacedEventDetails', fingerprintBefore: string | null, fingerprintAfter: string | null }
      | { __typename: 'UpdatedEventDetails', changes: Array<{ field: string, from: string | null, to: string | null }> }
     } };

export type HistoryCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type HistoryCountsQuery = { authorizations: { edges: Array<{ node: { label: string, history: { totalCount: number, pageInfo: { hasNextPage: boolean } } } }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: Role, apiKeyName: string, workspace: { id: string, name: string } } };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'AdAccount', id: string }
    | { __typename: 'Authorization', id: string }
    | { __typename: 'Webhook', id: string }
    | { __typename: 'Workspace', name: string, id: string }
   | null };

export type ApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, role: Role, keyPrefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } }> } };

export type WorkspaceIdQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceIdQuery = { viewer: { workspace: { id: string } } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { createWebhook:
    | { __typename: 'CreateWebhookPayload', signingSecret: string, webhook: { id: string, url: string, eventTypes: Array<WebhookEventType>, createdBy: string | null } }
    | { __typename: 'ValidationError', message: string, field: string }
   };

export type DeleteWebhookMutationVariables = Exact<{
  input: DeleteWebhookInput;
}>;


export type DeleteWebhookMutation = { deleteWebhook:
    | { __typename: 'DeleteWebhookPayload', deletedWebhookId: string }
    | { __typename: 'NotFound', message: string }
   };

export type WebhooksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  deliveriesFirst?: number | null | undefined;
  deliveriesAfter?: string | null | undefined;
}>;


export type WebhooksQuery = { webhooks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, url: string, eventTypes: Array<WebhookEventType>, deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, eventId: string, eventType: WebhookEventType, authorizationId: string | null, status: DeliveryStatus, attempts: number, lastError: string | null, lastHttpStatus: number | null, nextAttemptAt: string | null, deliveredAt: string | null } }> } } }> } };

export type WebhookNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhookNodeQuery = { node:
    | { __typename: 'AdAccount' }
    | { __typename: 'Authorization' }
    | { __typename: 'Webhook', url: string }
    | { __typename: 'Workspace' }
   | null };

export type RegisterWithOwnerMutationVariables = Exact<{
  input: RegisterSystemUserTokenInput;
}>;


export type RegisterWithOwnerMutation = { registerSystemUserToken:
    | { __typename: 'DuplicateToken', message: string }
    | { __typename: 'GraphUnavailable', message: string }
    | { __typename: 'InvalidToken', message: string }
    | { __typename: 'MissingPermissions', message: string }
    | { __typename: 'RateLimited', message: string }
    | { __typename: 'RegisterSystemUserTokenPayload', authorization: { id: string, label: string, ownerEmail: string | null } }
    | { __typename: 'ValidationError', message: string, field: string }
    | { __typename: 'WrongTokenType', message: string }
   };

export type UpdateOwnerEmailMutationVariables = Exact<{
  input: UpdateAuthorizationInput;
}>;


export type UpdateOwnerEmailMutation = { updateAuthorization:
    | { __typename: 'AuthorizationPayload', authorization: { id: string, ownerEmail: string | null } }
    | { __typename: 'NotFound', message: string }
    | { __typename: 'ValidationError', message: string, field: string }
   };

export type StartOAuthWithOwnerMutationVariables = Exact<{
  input: StartFacebookOAuthInput;
}>;


export type StartOAuthWithOwnerMutation = { startFacebookOAuth:
    | { __typename: 'NotFound', message: string }
    | { __typename: 'StartFacebookOAuthPayload', state: string }
    | { __typename: 'ValidationError', message: string, field: string }
   };

export type CompleteOAuthOwnerMutationVariables = Exact<{
  input: CompleteFacebookOAuthInput;
}>;


export type CompleteOAuthOwnerMutation = { completeFacebookOAuth:
    | { __typename: 'CodeExchangeFailed', message: string }
    | { __typename: 'CompleteFacebookOAuthPayload', authorization: { id: string, ownerEmail: string | null } }
    | { __typename: 'FacebookUserMismatch', message: string }
    | { __typename: 'GraphUnavailable', message: string }
    | { __typename: 'InvalidOAuthState', message: string }
    | { __typename: 'InvalidToken', message: string }
    | { __typename: 'MissingPermissions', message: string }
    | { __typename: 'OAuthDenied', message: string }
    | { __typename: 'RateLimited', message: string }
    | { __typename: 'ValidationError', message: string }
    | { __typename: 'WrongTokenType', message: string }
   };

export type DeleteAuthorizationForEventsMutationVariables = Exact<{
  input: DeleteAuthorizationInput;
}>;


export type DeleteAuthorizationForEventsMutation = { deleteAuthorization:
    | { __typename: 'DeleteAuthorizationPayload' }
    | { __typename: 'GraphUnavailable' }
    | { __typename: 'NotFound' }
    | { __typename: 'RateLimited' }
   };

export type SweepLastRunQueryVariables = Exact<{ [key: string]: never; }>;


export type SweepLastRunQuery = { sweep: { lastRun: { checked: number, changed: number, failed: number, stoppedEarly: boolean } | null, lastRunInWorkspace: { finishedAt: string, checked: number, changed: number, failed: number, stoppedEarly: boolean } | null } };

export type SweepStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SweepStatusQuery = { sweep: { running: boolean, nextRunAt: string | null, progress: { done: number, total: number } | null, lastRun: { startedAt: string, finishedAt: string | null, checked: number, changed: number, failed: number, stoppedEarly: boolean } | null } };

export const AccessLevelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"adAccountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"systemUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"adminSystemUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimiting"}},{"kind":"Field","name":{"kind":"Name","value":"businessManagerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"canCreatePages"}},{"kind":"Field","name":{"kind":"Name","value":"nextTier"}},{"kind":"Field","name":{"kind":"Name","value":"upgradeCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"measurable"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]} as unknown as DocumentNode<AccessLevelFieldsFragment, unknown>;
export const AccountListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountListUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}}]}}]}}]} as unknown as DocumentNode<AccountListFieldsFragment, unknown>;
export const AppWarningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<AppWarningFieldsFragment, unknown>;
export const AdAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disableReason"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"timezoneName"}},{"kind":"Field","name":{"kind":"Name","value":"business"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"customAudienceTosAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"webCustomAudienceTosAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"tosAcceptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPersonal"}},{"kind":"Field","name":{"kind":"Name","value":"pixels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastFiredTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inAccountList"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}}]}}]} as unknown as DocumentNode<AdAccountFieldsFragment, unknown>;
export const ReadinessFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadinessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportReadiness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<ReadinessFieldsFragment, unknown>;
export const TokenStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataAccessExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"declinedScopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiredScopes"}},{"kind":"Field","name":{"kind":"Name","value":"missingScopes"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<TokenStatusFieldsFragment, unknown>;
export const AuthorizationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}},{"kind":"Field","name":{"kind":"Name","value":"supportedJobTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"facebookUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataAccessExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"declinedScopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiredScopes"}},{"kind":"Field","name":{"kind":"Name","value":"missingScopes"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationFieldsFragment, unknown>;
export const BudgetStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<BudgetStatusFieldsFragment, unknown>;
export const BudgetRefusalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetRefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<BudgetRefusalFieldsFragment, unknown>;
export const BusinessIntegrationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessIntegrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"clientBusinessId"}},{"kind":"Field","name":{"kind":"Name","value":"delegatedAssetIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"supportedJobTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BusinessIntegrationFieldsFragment, unknown>;
export const AuthorizationEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAtFacebook"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StateChangedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckFailedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenReplacedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintBefore"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprintAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthChangedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"healthFrom"},"name":{"kind":"Name","value":"from"}},{"kind":"Field","alias":{"kind":"Name","value":"healthTo"},"name":{"kind":"Name","value":"to"}},{"kind":"Field","alias":{"kind":"Name","value":"stateAfter"},"name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SweepFinishedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedEarly"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpiringEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdDays"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdAccountsChangedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termsChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationEventFieldsFragment, unknown>;
export const AccessLevelsDocument = {"__meta__":{"hash":"sha256:e64e64cfac34191ddff90529b64e0d6c8068f5680ab808b2519d70864b701c55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"adAccountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"systemUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"adminSystemUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimiting"}},{"kind":"Field","name":{"kind":"Name","value":"businessManagerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"canCreatePages"}},{"kind":"Field","name":{"kind":"Name","value":"nextTier"}},{"kind":"Field","name":{"kind":"Name","value":"upgradeCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"measurable"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]} as unknown as DocumentNode<AccessLevelsQuery, AccessLevelsQueryVariables>;
export const AppDocument = {"__meta__":{"hash":"sha256:f950530d1d708c6e8fe8f2acf4987ca5a9f31fad211cc9648db8b62fbebb24e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"App"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"graphApiVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sandbox"}},{"kind":"Field","name":{"kind":"Name","value":"accessLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLevelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessLevelSource"}},{"kind":"Field","name":{"kind":"Name","value":"observedAccessTier"}},{"kind":"Field","name":{"kind":"Name","value":"observedAccessTierAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppWarningFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountListFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"errorRate"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"adAccountLimit"}},{"kind":"Field","name":{"kind":"Name","value":"systemUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"adminSystemUserLimit"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimiting"}},{"kind":"Field","name":{"kind":"Name","value":"businessManagerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"canCreatePages"}},{"kind":"Field","name":{"kind":"Name","value":"nextTier"}},{"kind":"Field","name":{"kind":"Name","value":"upgradeCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"measurable"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountListUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}}]}}]}}]} as unknown as DocumentNode<AppQuery, AppQueryVariables>;
export const AccountListDocument = {"__meta__":{"hash":"sha256:53919e10671b6e391d15df3d09e7d89a794d26570decddaf90d21533c207d3e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountListUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}}]}}]}}]} as unknown as DocumentNode<AccountListQuery, AccountListQueryVariables>;
export const AddToAccountListDocument = {"__meta__":{"hash":"sha256:f61aee6474882ee3808960e205a66875bb4fcf223fac6445c65d84da37670835"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToAccountList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddToAccountListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToAccountList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddToAccountListPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"accountList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountListFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountListFull"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountListUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}}]}}]}}]} as unknown as DocumentNode<AddToAccountListMutation, AddToAccountListMutationVariables>;
export const RemoveFromAccountListDocument = {"__meta__":{"hash":"sha256:0b3ea05e08299fe1ceaa8e0ac9421861c340adc42a376dda5840003e3f8e575b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveFromAccountList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveFromAccountListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFromAccountList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveFromAccountListPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"accountList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountListFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountListUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCalledAt"}}]}}]}}]} as unknown as DocumentNode<RemoveFromAccountListMutation, RemoveFromAccountListMutationVariables>;
export const SystemUsersDocument = {"__meta__":{"hash":"sha256:d087536f40716aaeb65ddbd44e73397e57e57dcae19b77c31bd0fc06e430cc6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUserUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"regular"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"overLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"overLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorizationId"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessNotReachable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SystemUsersQuery, SystemUsersQueryVariables>;
export const CallAdAccountDocument = {"__meta__":{"hash":"sha256:671e2f50399ef8401c883d909d10bc80e39a21de8be988555d23e0d1e4ae89b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CallAdAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshAdAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAdAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshAdAccountPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"inAccountList"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountListFull"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}}]}}]} as unknown as DocumentNode<CallAdAccountMutation, CallAdAccountMutationVariables>;
export const AppReadinessDocument = {"__meta__":{"hash":"sha256:007345516835467ae920f34983a3e05506b983c4fb9f356dd2f85d673000f1e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"business"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graphApi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<AppReadinessQuery, AppReadinessQueryVariables>;
export const SyncAdAccountsDocument = {"__meta__":{"hash":"sha256:8d537a50b593d9bd1618d4175f0a953443082eb2641b925beada0b3af5e7ac1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncAdAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncAdAccountsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncAdAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncAdAccountsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenNotUsable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<SyncAdAccountsMutation, SyncAdAccountsMutationVariables>;
export const RefreshAdAccountDocument = {"__meta__":{"hash":"sha256:7421b0409691101eaefeb53525e4fb53e311a2bd32772e729d9385b1a425873b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshAdAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshAdAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAdAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshAdAccountPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdAccountFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountListFull"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenNotUsable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disableReason"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"timezoneName"}},{"kind":"Field","name":{"kind":"Name","value":"business"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"customAudienceTosAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"webCustomAudienceTosAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"tosAcceptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPersonal"}},{"kind":"Field","name":{"kind":"Name","value":"pixels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastFiredTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inAccountList"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}}]}}]} as unknown as DocumentNode<RefreshAdAccountMutation, RefreshAdAccountMutationVariables>;
export const AdAccountsDocument = {"__meta__":{"hash":"sha256:4d9e1f95f11d293d30f9600b10023a3bfe4b66983f750e3e130a7559612081ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdAccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobType"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdAccountFields"}},{"kind":"Field","name":{"kind":"Name","value":"exportReadiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadinessFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disableReason"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"timezoneName"}},{"kind":"Field","name":{"kind":"Name","value":"business"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"customAudienceTosAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"webCustomAudienceTosAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"tosAcceptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPersonal"}},{"kind":"Field","name":{"kind":"Name","value":"pixels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastFiredTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inAccountList"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadinessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportReadiness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<AdAccountsQuery, AdAccountsQueryVariables>;
export const AdAccountNodeDocument = {"__meta__":{"hash":"sha256:618e92ef3877daf56277d9013e69152561771e45d3a742b8fd2d1f2d211bf8d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdAccountNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdAccountNodeQuery, AdAccountNodeQueryVariables>;
export const ExportReadinessDocument = {"__meta__":{"hash":"sha256:4b5567bc0fde4d850bba64e5a7b1d04b9e6c6846e18a451f706966e8a044c29e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportReadiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adAccountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobType"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportReadiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"authorizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"adAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adAccountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"jobType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportReadiness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadinessFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadinessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportReadiness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<ExportReadinessQuery, ExportReadinessQueryVariables>;
export const RegisterSystemUserTokenDocument = {"__meta__":{"hash":"sha256:31f0e391d95d01549521c00461a990c155dcdcf06d5267fd77577c7942392e9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSystemUserToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSystemUserTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSystemUserToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSystemUserTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WrongTokenType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissingPermissions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingScopes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataAccessExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"declinedScopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiredScopes"}},{"kind":"Field","name":{"kind":"Name","value":"missingScopes"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}},{"kind":"Field","name":{"kind":"Name","value":"supportedJobTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"facebookUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenStatusFields"}}]}}]}}]} as unknown as DocumentNode<RegisterSystemUserTokenMutation, RegisterSystemUserTokenMutationVariables>;
export const ReplaceSystemUserTokenDocument = {"__meta__":{"hash":"sha256:104e9b15c4dac785a7edd65160f73e596aa0e9b72527682be894b6f124fc9418"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplaceSystemUserToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceSystemUserTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceSystemUserToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WrongTokenType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenType"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataAccessExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"declinedScopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiredScopes"}},{"kind":"Field","name":{"kind":"Name","value":"missingScopes"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}},{"kind":"Field","name":{"kind":"Name","value":"supportedJobTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"facebookUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenStatusFields"}}]}}]}}]} as unknown as DocumentNode<ReplaceSystemUserTokenMutation, ReplaceSystemUserTokenMutationVariables>;
export const StartFacebookOAuthDocument = {"__meta__":{"hash":"sha256:65ff81b7173941d3076820673afda266a2c1f3a2b10a8978f13e1a99d27e8912"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartFacebookOAuth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartFacebookOAuthInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFacebookOAuth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartFacebookOAuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<StartFacebookOAuthMutation, StartFacebookOAuthMutationVariables>;
export const CompleteFacebookOAuthDocument = {"__meta__":{"hash":"sha256:5c58224079a36607af195671153baf659629d516675614fdcf397d6fddf8af7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteFacebookOAuth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteFacebookOAuthInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeFacebookOAuth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteFacebookOAuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reauthorized"}},{"kind":"Field","name":{"kind":"Name","value":"returnTo"}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeExchangeFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphCode"}},{"kind":"Field","name":{"kind":"Name","value":"graphSubcode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthDenied"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorReason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataAccessExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"declinedScopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiredScopes"}},{"kind":"Field","name":{"kind":"Name","value":"missingScopes"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}},{"kind":"Field","name":{"kind":"Name","value":"supportedJobTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"facebookUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenStatusFields"}}]}}]}}]} as unknown as DocumentNode<CompleteFacebookOAuthMutation, CompleteFacebookOAuthMutationVariables>;
export const UpdateAuthorizationDocument = {"__meta__":{"hash":"sha256:d9bd097d2f3060bea534d94772fdc70f3be01c6151608f9b19f86d953ac0ee49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataAccessExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"declinedScopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiredScopes"}},{"kind":"Field","name":{"kind":"Name","value":"missingScopes"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}},{"kind":"Field","name":{"kind":"Name","value":"supportedJobTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"facebookUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenStatusFields"}}]}}]}}]} as unknown as DocumentNode<UpdateAuthorizationMutation, UpdateAuthorizationMutationVariables>;
export const DeleteAuthorizationDocument = {"__meta__":{"hash":"sha256:49e2bc393aa20c19e823fb0040b988a2838e4975bd08ace32d524796b855ada3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAuthorizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAuthorizationId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAtFacebook"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteAuthorizationMutation, DeleteAuthorizationMutationVariables>;
export const RefreshAuthorizationDocument = {"__meta__":{"hash":"sha256:88bab7da474a4eb0556359471860475f41f1392cc710564ee9d59d9e6413244e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataAccessExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"declinedScopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiredScopes"}},{"kind":"Field","name":{"kind":"Name","value":"missingScopes"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}},{"kind":"Field","name":{"kind":"Name","value":"supportedJobTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"facebookUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenStatusFields"}}]}}]}}]} as unknown as DocumentNode<RefreshAuthorizationMutation, RefreshAuthorizationMutationVariables>;
export const AuthorizationDocument = {"__meta__":{"hash":"sha256:aef17d7dbc48c0c4267e2d958431ae542989b8e3bb364cc9a55a87320ae8cf6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataAccessExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"declinedScopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiredScopes"}},{"kind":"Field","name":{"kind":"Name","value":"missingScopes"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subcode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fbtraceId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}},{"kind":"Field","name":{"kind":"Name","value":"supportedJobTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"facebookUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenStatusFields"}}]}}]}}]} as unknown as DocumentNode<AuthorizationQuery, AuthorizationQueryVariables>;
export const AuthorizationsDocument = {"__meta__":{"hash":"sha256:eecb0a8214b3d07129da7d90a5f6110dd81b400f91e3d0937ecac76dae4b0f54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationsQuery, AuthorizationsQueryVariables>;
export const RecheckAllDocument = {"__meta__":{"hash":"sha256:4d02540025ddf14d855cd2b7ed614e2d451779a66a0ba04a1a879c1aa758333e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecheckAll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxAgeSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"maxAgeSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxAgeSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecheckAllQuery, RecheckAllQueryVariables>;
export const AuthorizationsSummaryDocument = {"__meta__":{"hash":"sha256:c2ae4f5a57e4cd052de5a7c7e12fb3861160fa18aba1a223cc3c6f367b621d2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationsSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationsSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiringWithinDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}]}]}}]}}]} as unknown as DocumentNode<AuthorizationsSummaryQuery, AuthorizationsSummaryQueryVariables>;
export const OrderedAuthorizationsDocument = {"__meta__":{"hash":"sha256:71a6247514dd243ab6d1cc067bccc6c3ea4aacf6918a441a96a37174804e2d1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderedAuthorizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}},{"kind":"Field","name":{"kind":"Name","value":"facebookUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderedAuthorizationsQuery, OrderedAuthorizationsQueryVariables>;
export const BudgetRefreshAuthorizationDocument = {"__meta__":{"hash":"sha256:74d600af4d71da2e397da05161205b77084604b3086dbbe7f47ed037a774532c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BudgetRefreshAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetStatusFields"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetRefusalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetRefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<BudgetRefreshAuthorizationMutation, BudgetRefreshAuthorizationMutationVariables>;
export const BudgetRegisterSystemUserTokenDocument = {"__meta__":{"hash":"sha256:e0350bdf7a51ee4c9b12ffc1687453e1ed5956cc7b39e82bd7d39d9bc74058bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BudgetRegisterSystemUserToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSystemUserTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSystemUserToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSystemUserTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetRefusalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetRefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<BudgetRegisterSystemUserTokenMutation, BudgetRegisterSystemUserTokenMutationVariables>;
export const BudgetReplaceSystemUserTokenDocument = {"__meta__":{"hash":"sha256:85909ce7fa912aa1e006aa8043d4cae53a4caf4d67abe5086834657ce19f6e7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BudgetReplaceSystemUserToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceSystemUserTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceSystemUserToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetRefusalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetRefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<BudgetReplaceSystemUserTokenMutation, BudgetReplaceSystemUserTokenMutationVariables>;
export const BudgetSyncAdAccountsDocument = {"__meta__":{"hash":"sha256:d4c47e651d90d22cf09e6a15172a2f26344845bf029dd21410d47f4ab3dadbfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BudgetSyncAdAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncAdAccountsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncAdAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetRefusalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetRefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<BudgetSyncAdAccountsMutation, BudgetSyncAdAccountsMutationVariables>;
export const BudgetRefreshAdAccountDocument = {"__meta__":{"hash":"sha256:f99a99ec2492c688673cb670e3e207751e88bb3933a993a055afa1b4c340b260"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BudgetRefreshAdAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshAdAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAdAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetRefusalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetRefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<BudgetRefreshAdAccountMutation, BudgetRefreshAdAccountMutationVariables>;
export const BudgetCompleteFacebookOAuthDocument = {"__meta__":{"hash":"sha256:8d408fd2b2aa01906236942ab2ea6d402c4a5532005fc2c45ba72405d924455a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BudgetCompleteFacebookOAuth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteFacebookOAuthInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeFacebookOAuth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetRefusalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetRefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<BudgetCompleteFacebookOAuthMutation, BudgetCompleteFacebookOAuthMutationVariables>;
export const BudgetDeleteAuthorizationDocument = {"__meta__":{"hash":"sha256:552a4526a5c982e8a7780a6b92f5e649d6a0fb4c6d149299e24b8755ae2b79f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BudgetDeleteAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetRefusalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetRefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<BudgetDeleteAuthorizationMutation, BudgetDeleteAuthorizationMutationVariables>;
export const BudgetSystemUsersDocument = {"__meta__":{"hash":"sha256:867c7023144dd0fbbf47eee49682ff9304ee6ed16e8be83ae632fd0795acd11d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetSystemUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetRefusalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetRefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}}]}}]} as unknown as DocumentNode<BudgetSystemUsersQuery, BudgetSystemUsersQueryVariables>;
export const BudgetTokenStatusesDocument = {"__meta__":{"hash":"sha256:871bf7e4fc354364a804813543bbd95b2bbb9264b54def7dd01462d7fdd50c2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetTokenStatuses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxAgeSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"maxAgeSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxAgeSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetStatusFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<BudgetTokenStatusesQuery, BudgetTokenStatusesQueryVariables>;
export const StartFacebookBusinessLoginDocument = {"__meta__":{"hash":"sha256:3dc49d4f6be06566bedc0ee503df085ba044454a2a690799ad18d3ede67e964c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartFacebookBusinessLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartFacebookBusinessLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFacebookBusinessLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartFacebookOAuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginNotConfigured"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<StartFacebookBusinessLoginMutation, StartFacebookBusinessLoginMutationVariables>;
export const BusinessAuthorizationDocument = {"__meta__":{"hash":"sha256:1ef54f7710475e2fd9f1c37285304020f46e5f50736ef573f71015cfe4c83f5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessIntegrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessIntegrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"clientBusinessId"}},{"kind":"Field","name":{"kind":"Name","value":"delegatedAssetIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"supportedJobTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BusinessAuthorizationQuery, BusinessAuthorizationQueryVariables>;
export const CompleteBusinessLoginDocument = {"__meta__":{"hash":"sha256:ab92e176e854f969e12fe9fbc1c8785f2fbb4749e24fa052d3f25eab6f77b2c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteBusinessLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteFacebookOAuthInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeFacebookOAuth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteFacebookOAuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reauthorized"}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessIntegrationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissingPermissions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingScopes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WrongTokenType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessIntegrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"clientBusinessId"}},{"kind":"Field","name":{"kind":"Name","value":"delegatedAssetIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessId"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"supportedJobTypes"}},{"kind":"Field","name":{"kind":"Name","value":"tokenStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remediation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompleteBusinessLoginMutation, CompleteBusinessLoginMutationVariables>;
export const BusinessHistoryDocument = {"__meta__":{"hash":"sha256:ed1faa3c89780d161e28ad880226110fef895bc7e74174a62926e56fde60798f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StateChangedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BusinessHistoryQuery, BusinessHistoryQueryVariables>;
export const HistoryDocument = {"__meta__":{"hash":"sha256:f8dc68f58a2d8f3597992e775ad19b7fa1e6ff70a3997d1aa7355529612f74bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"History"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationEventFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAtFacebook"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StateChangedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckFailedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenReplacedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintBefore"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprintAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthChangedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"healthFrom"},"name":{"kind":"Name","value":"from"}},{"kind":"Field","alias":{"kind":"Name","value":"healthTo"},"name":{"kind":"Name","value":"to"}},{"kind":"Field","alias":{"kind":"Name","value":"stateAfter"},"name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SweepFinishedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedEarly"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpiringEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdDays"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdAccountsChangedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termsChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HistoryQuery, HistoryQueryVariables>;
export const AuthorizationEventsDocument = {"__meta__":{"hash":"sha256:ac191f394cdf86a6fc7e00ffc84cca8a9bb869fddb81a08d9466041e29fcca7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AuthorizationEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"authorizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedAtFacebook"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StateChangedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckFailedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorClass"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenReplacedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintBefore"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprintAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthChangedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"healthFrom"},"name":{"kind":"Name","value":"from"}},{"kind":"Field","alias":{"kind":"Name","value":"healthTo"},"name":{"kind":"Name","value":"to"}},{"kind":"Field","alias":{"kind":"Name","value":"stateAfter"},"name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SweepFinishedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedEarly"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpiringEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdDays"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdAccountsChangedEventDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termsChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationEventsSubscription, AuthorizationEventsSubscriptionVariables>;
export const HistoryCountsDocument = {"__meta__":{"hash":"sha256:cecec493bb3229dbe994ca569363a5adbcd66d2d9f23853f87fd04cb7d110d59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"LABEL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HistoryCountsQuery, HistoryCountsQueryVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:dcda19c4862326cbaeca214d8820763a11d38103bd37df4dc9a93b4f5b3b025a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyName"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const NodeDocument = {"__meta__":{"hash":"sha256:aaddf0b920420717384255f29af662dfffc6f670422340bba824705b2572ef31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const ApiKeysDocument = {"__meta__":{"hash":"sha256:917bfacdf2c85d4e471d69f2bf4d99167d6c4d5a85ad839b677e21070c094b59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const WorkspaceIdDocument = {"__meta__":{"hash":"sha256:2196d9308baf8c1d5184fbb00ed24c031a2c1329de6f992bf95cf83d2e0258d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceIdQuery, WorkspaceIdQueryVariables>;
export const CreateWebhookDocument = {"__meta__":{"hash":"sha256:edd54074c71aea4bf9c22f29042762cca87490d3b62b93049a3f09f820e3ada2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signingSecret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"__meta__":{"hash":"sha256:e345c0142c945421e5877fd21e4bd77b3fcae823f79b3234cda6d9b25bd8c320"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedWebhookId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const WebhooksDocument = {"__meta__":{"hash":"sha256:9e9c77fc6768a5dae266200cfd5139a572582c209903e5051513befe043ef228"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveriesFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveriesAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveriesFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveriesAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastHttpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookNodeDocument = {"__meta__":{"hash":"sha256:e03b4b8452f84941e4652ce6d1ff1c474914056419b81ca3fad6fa1dacc3459d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookNodeQuery, WebhookNodeQueryVariables>;
export const RegisterWithOwnerDocument = {"__meta__":{"hash":"sha256:6aab81227dcaa2ead2bd854545b3990f1b755f20c797b9e174d279dd7ddaedc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWithOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSystemUserTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSystemUserToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSystemUserTokenPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterWithOwnerMutation, RegisterWithOwnerMutationVariables>;
export const UpdateOwnerEmailDocument = {"__meta__":{"hash":"sha256:1b280ee4562ff9dadada211c5618a0b269547caa6babc793503b293f2bb792f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOwnerEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOwnerEmailMutation, UpdateOwnerEmailMutationVariables>;
export const StartOAuthWithOwnerDocument = {"__meta__":{"hash":"sha256:d286de183e5a68a7e478b342f4a33b109b01dab114cb23f6e7fc27de3d0e00cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartOAuthWithOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartFacebookOAuthInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFacebookOAuth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartFacebookOAuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<StartOAuthWithOwnerMutation, StartOAuthWithOwnerMutationVariables>;
export const CompleteOAuthOwnerDocument = {"__meta__":{"hash":"sha256:28fe84730e760bc7bf93cd4c77856317f920e0a8b52f6dba7874b79ca9a48454"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteOAuthOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteFacebookOAuthInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeFacebookOAuth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteFacebookOAuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteOAuthOwnerMutation, CompleteOAuthOwnerMutationVariables>;
export const DeleteAuthorizationForEventsDocument = {"__meta__":{"hash":"sha256:d3f41a410a20400b4cc484b3d5bf0094f89bc458817852810cbddfc2c6e24b62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAuthorizationForEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeleteAuthorizationForEventsMutation, DeleteAuthorizationForEventsMutationVariables>;
export const SweepLastRunDocument = {"__meta__":{"hash":"sha256:14b9bc9aa8277d160ce5b416b3a7f939aaefbcb3982697130234a463e9da13a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SweepLastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sweep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedEarly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRunInWorkspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedEarly"}}]}}]}}]}}]} as unknown as DocumentNode<SweepLastRunQuery, SweepLastRunQueryVariables>;
export const SweepStatusDocument = {"__meta__":{"hash":"sha256:f6d8f7fe9ffcda0103c0b3518ca29880ebf643b4a6bc3e4daace9dc40a5a9f9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SweepStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sweep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedEarly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}}]}}]}}]} as unknown as DocumentNode<SweepStatusQuery, SweepStatusQueryVariables>;