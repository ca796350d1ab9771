// The Graph API as adsauth sees it: domain shapes in, domain shapes out. One HTTP implementation
// (http-graph-api.ts) talks to graph.facebook.com and to the sandbox alike. Failures are thrown as
// the GraphError classes in errors.ts.
import type { GraphError } from './errors.ts';

export interface TokenGrant {
  accessToken: string;
  tokenType: string;
  /** Seconds; absent for some token kinds (docs/graph-api.md "Code exchange"), so always confirm with debugToken. */
  expiresIn: number | undefined;
}

export type DebugTokenType = 'USER' | 'PAGE' | 'APP' | 'SYSTEM_USER' | (string & {});

export interface DebugTokenError {
  code: number;
  subcode: number | undefined;
  message: string;
}

/** `GET /debug_token` data (docs/graph-api.md "debug_token response"). Timestamps are converted to Date; `expires_at: 0` is null. */
export interface DebugTokenInfo {
  isValid: boolean;
  appId: string | undefined;
  type: DebugTokenType | undefined;
  application: string | undefined;
  userId: string | undefined;
  profileId: string | undefined;
  /** null = never expires (expires_at 0); undefined = not reported. */
  expiresAt: Date | null | undefined;
  dataAccessExpiresAt: Date | null | undefined;
  issuedAt: Date | undefined;
  scopes: string[];
  granularScopes: { scope: string; targetIds: string[] | undefined }[];
  error: DebugTokenError | undefined;
}

export interface GraphUser {
  id: string;
  name: string | undefined;
}

/** `GET /me?fields=client_business_id` with a BISU token (docs/login-for-business.md). */
export interface ClientBusiness {
  /** the app-scoped id of the integration's system user */
  id: string;
  clientBusinessId: string;
}

/** `POST /{app-id}/subscriptions` (docs/login-for-business.md "Webhooks"). */
export interface WebhookSubscriptionInput {
  object: string;
  fields: readonly string[];
  callbackUrl: string;
  verifyToken: string;
  includeValues: boolean;
}

export interface WebhookSubscription {
  object: string;
  callbackUrl: string;
  active: boolean;
  fields: { name: string; version: string | undefined }[];
}

export type PermissionStatus = 'granted' | 'declined' | 'expired';
export interface Permission {
  permission: string;
  status: PermissionStatus;
}

export interface AdAccountRecord {
  /** act_<digits> */
  id: string;
  /** digits only */
  accountId: string;
  name: string;
  accountStatus: number;
  disableReason: number | undefined;
  currency: string | undefined;
  timezoneName: string | undefined;
  business: { id: string; name: string | undefined } | undefined;
  /** The raw tos_accepted map; 1 = accepted, an absent key = not accepted. */
  tosAccepted: Record<string, number>;
  userTasks: string[];
  isPersonal: boolean;
  /** The pixels connected to the account: the first PIXELS_PER_ACCOUNT of its adspixels edge. */
  pixels: AdsPixelRecord[];
}

/** A pixel (dataset) connected to an ad account (docs/graph-api.md "Pixels for website custom audiences"). */
export interface AdsPixelRecord {
  id: string;
  name: string;
  /** null when it never fired */
  lastFiredTime: Date | null;
}

/** How many connected pixels are read with each ad account, through field expansion on the same request. */
const PIXELS_PER_ACCOUNT = 25;

/** One permission of the app and its review status (docs/graph-api.md "App review and verification"). */
export interface AppPermissionRecord {
  permission: string;
  /** live or unapproved, as Graph spells it */
  status: string;
}

/** A business and its verification status as Graph spells it (verified, not_verified, pending, …). */
export interface BusinessVerificationRecord {
  id: string;
  name: string;
  verificationStatus: string;
}

export interface SystemUserRecord {
  id: string;
  name: string | undefined;
  /** ADMIN, EMPLOYEE, or another base role string. */
  role: string;
}

/** The fields adsauth reads on ad accounts (docs/graph-api.md "Ad-account fields"). */
export const AD_ACCOUNT_FIELDS = [
  'id',
  'account_id',
  'name',
  'account_status',
  'disable_reason',
  'currency',
  'timezone_name',
  'business{id,name}',
  'tos_accepted',
  'user_tasks',
  'is_personal',
  // Field expansion: the pixels come in the same request, so an account costs no request of its own.
  `adspixels.limit(${PIXELS_PER_ACCOUNT}){id,name,last_fired_time}`,
] as const;

export interface BatchRequestItem {
  method: 'GET' | 'POST' | 'DELETE';
  /** Relative to the version root, without a leading slash: `me/adaccounts?fields=id`. */
  relativeUrl: string;
  /** url-encoded form body, for POST items. */
  body?: string;
}

/** One batch item's outcome, in request order. */
export type BatchItemResult = { ok: true; status: number; body: unknown } | { ok: false; error: GraphError };

/** Parsed from X-App-Usage, X-Ad-Account-Usage and X-Business-Use-Case-Usage (docs/graph-api.md "Usage headers"). */
export interface UsageReport {
  appUsage: { callCount: number; totalTime: number; totalCputime: number } | undefined;
  adAccountUsage: { accIdUtilPct: number; resetTimeDuration: number; adsApiAccessTier: string | undefined } | undefined;
  /** Keyed by the bare business-object id (ad account digits or business id). */
  businessUseCase: Record<
    string,
    {
      type: string;
      callCount: number;
      totalCputime: number;
      totalTime: number;
      /** minutes */
      estimatedTimeToRegainAccess: number;
      adsApiAccessTier: string | undefined;
    }[]
  >;
  /** The first ads_api_access_tier seen in any of the headers, e.g. development_access. */
  adsApiAccessTier: string | undefined;
}

export interface GraphCallOutcome {
  /** A short endpoint label without ids or tokens, e.g. `GET debug_token`, `GET {id}/adaccounts`. */
  endpoint: string;
  ok: boolean;
  /** Graph error code when !ok, if one was returned. */
  errorCode: number | undefined;
  /** Graph counts each batch item as a call, so items are reported one by one and the batch envelope is not. */
  batchItem: boolean;
  /** The bare ad-account id when the call addressed `act_<id>` (the app's account list tracks these). */
  adAccountId?: string | undefined;
}

/** Told about every response: the app layer counts calls per day and keeps the observed tier. */
export interface GraphCallListener {
  onCall?(outcome: GraphCallOutcome): void;
  onUsage?(usage: UsageReport): void;
}

/** What every GraphApi method takes last. */
export interface GraphCallOptions {
  /**
   * The caller's deadline (a GraphQL request's). When it fires, the attempt in flight is aborted and
   * no attempt or retry starts: the call fails with a GraphDeadlineError. Background work passes none.
   */
  signal?: AbortSignal | undefined;
}

export interface GraphApi {
  readonly appId: string;
  readonly version: string;

  // OAuth (docs/graph-api.md "Code exchange", "Long-lived tokens")
  exchangeCode(input: { code: string; redirectUri: string }, call?: GraphCallOptions): Promise<TokenGrant>;
  exchangeForLongLivedToken(
    input: { accessToken: string; setTokenExpiresIn60Days?: boolean },
    call?: GraphCallOptions,
  ): Promise<TokenGrant>;

  // Token inspection with the app token (docs/graph-api.md "debug_token")
  debugToken(inputToken: string, call?: GraphCallOptions): Promise<DebugTokenInfo>;
  /** Many tokens through batch requests of at most 50 items; results in input order. */
  debugTokens(inputTokens: readonly string[], call?: GraphCallOptions): Promise<(DebugTokenInfo | GraphError)[]>;

  // Token-owner reads (docs/graph-api.md "Token owner")
  getMe(accessToken: string, call?: GraphCallOptions): Promise<GraphUser>;
  getPermissions(accessToken: string, call?: GraphCallOptions): Promise<Permission[]>;
  /** DELETE /{user-id}/permissions: de-authorizes the app for that user. */
  revokePermissions(accessToken: string, userId: string, call?: GraphCallOptions): Promise<void>;

  // Login for Business (docs/login-for-business.md)
  getClientBusiness(accessToken: string, call?: GraphCallOptions): Promise<ClientBusiness>;
  /** POST /{client-business-id}/system_user_access_tokens?fetch_only=true: the integration's current token. */
  fetchSystemUserAccessToken(accessToken: string, clientBusinessId: string, call?: GraphCallOptions): Promise<string>;
  /** With the app token; answers Graph's body as it came (`{"success":true}`). */
  subscribeApp(input: WebhookSubscriptionInput, call?: GraphCallOptions): Promise<unknown>;
  listSubscriptions(call?: GraphCallOptions): Promise<WebhookSubscription[]>;

  // Ad accounts and businesses (docs/graph-api.md "Ad accounts", "Businesses and system users")
  /** Follows every page of /me/adaccounts. */
  listAdAccounts(accessToken: string, options?: { pageSize?: number }, call?: GraphCallOptions): Promise<AdAccountRecord[]>;
  /**
   * /me/adaccounts of many tokens: the first pages through batch requests of at most 50 items (each item
   * with its own token and appsecret_proof), then the further pages of the few that have more, one by
   * one. Results in input order; a token whose read failed gets its GraphError.
   */
  listAdAccountsOfTokens(
    accessTokens: readonly string[],
    options?: { pageSize?: number },
    call?: GraphCallOptions,
  ): Promise<(AdAccountRecord[] | GraphError)[]>;
  getAdAccount(accessToken: string, accountId: string, call?: GraphCallOptions): Promise<AdAccountRecord>;
  listSystemUsers(accessToken: string, businessId: string, call?: GraphCallOptions): Promise<SystemUserRecord[]>;

  // The app's own standing, read with the app token (docs/graph-api.md "App review and verification")
  /** GET /{app-id}/permissions: each permission's review status. */
  getAppPermissions(call?: GraphCallOptions): Promise<AppPermissionRecord[]>;
  /** GET /{business-id}?fields=id,name,verification_status */
  getBusinessVerification(businessId: string, call?: GraphCallOptions): Promise<BusinessVerificationRecord>;

  /** docs/graph-api.md "Batch requests": splits into requests of at most 50 items, re-queues null items; results in input order. */
  batch(accessToken: string, items: readonly BatchRequestItem[], call?: GraphCallOptions): Promise<BatchItemResult[]>;
}
