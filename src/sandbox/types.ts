// The Graph sandbox's public surface: what tests, `adsauth sandbox` and sandbox-mode `serve` use.
// Every operation here is also reachable over HTTP under /__sandbox/ (see docs/sandbox.md).
import type { SandboxAppPermissionStatus, SandboxVerificationStatus } from './app-review.ts';

export type SandboxTokenType = 'USER' | 'SYSTEM_USER' | 'PAGE';
export type SandboxAccessTier = 'development_access' | 'standard_access';
/** The 190 subcodes the sandbox can put a token into. */
export type SandboxInvalidation = 458 | 459 | 460 | 463 | 464 | 466 | 467 | 492;

export interface SandboxApp {
  id: string;
  secret: string;
  name: string;
  accessTier: SandboxAccessTier;
  /** "Require App Secret": calls without a correct appsecret_proof fail (docs/graph-api.md "appsecret_proof"). */
  requireAppSecretProof: boolean;
  /** Facebook Login settings: where a person's removal of the app is POSTed as a signed_request. */
  deauthorizeCallbackUrl: string | undefined;
  /** Facebook Login settings: where a person's data deletion request is POSTed as a signed_request. */
  dataDeletionCallbackUrl: string | undefined;
}

/** A Facebook Login for Business configuration: the token type and the permissions it grants. */
export interface SandboxLoginConfiguration {
  id: string;
  name: string;
  tokenType: 'USER' | 'SYSTEM_USER';
  scopes: string[];
}

/** A client business's installation of the app through a system-user configuration. */
export interface SandboxIntegration {
  businessId: string;
  configId: string;
  /** the business integration system user (BISU) behind the integration's tokens */
  systemUserId: string;
  /** the ad accounts (digits only) the client delegated */
  assetIds: string[];
}

/** What tests and tools may read and add of Login for Business in the sandbox. */
export interface SandboxIntegrations {
  configuration(id: string): SandboxLoginConfiguration | undefined;
  listConfigurations(): SandboxLoginConfiguration[];
  addConfiguration(input: Omit<SandboxLoginConfiguration, 'id'>): SandboxLoginConfiguration;
  integration(businessId: string): SandboxIntegration | undefined;
  listIntegrations(): SandboxIntegration[];
  subscription(object: string): SandboxSubscription | undefined;
  listSubscriptions(): SandboxSubscription[];
}

/** `POST /{app-id}/subscriptions`: where Meta delivers the object's webhooks. */
export interface SandboxSubscription {
  object: string;
  callbackUrl: string;
  fields: string[];
  verifyToken: string;
  includeValues: boolean;
}

/** What the gateway answered to a delivery the sandbox made as Meta would. */
export interface SandboxDelivery {
  url: string;
  status: number;
  body: string;
}

export interface SandboxUser {
  id: string;
  name: string;
}

export interface SandboxBusiness {
  id: string;
  name: string;
}

export interface SandboxSystemUser {
  id: string;
  name: string;
  businessId: string;
  role: 'ADMIN' | 'EMPLOYEE';
}

export interface SandboxAdAccount {
  /** digits only; Graph id is act_<accountId> */
  accountId: string;
  name: string;
  accountStatus: number;
  disableReason: number;
  currency: string;
  timezoneName: string;
  businessId: string | undefined;
  tosAccepted: { custom_audience_tos: 0 | 1; web_custom_audience_tos: 0 | 1 };
  /** userId (user or system user) → tasks, e.g. ["MANAGE","ADVERTISE","ANALYZE"] */
  userTasks: Record<string, string[]>;
}

/** A pixel (dataset) and the ad accounts it is connected to. */
export interface SandboxPixel {
  id: string;
  name: string;
  /** unix seconds of the last event; null = never fired */
  lastFiredTime: number | null;
  /** the ad accounts (digits) it is connected to */
  accountIds: string[];
}

export interface SandboxTokenInfo {
  accessToken: string;
  type: SandboxTokenType | 'APP';
  appId: string;
  /** user or system-user id */
  userId: string | undefined;
  profileId: string | undefined;
  scopes: string[];
  declinedScopes: string[];
  issuedAt: number;
  /** unix seconds; 0 = never */
  expiresAt: number;
  dataAccessExpiresAt: number;
  invalidation: SandboxInvalidation | undefined;
  /** BISU tokens: the client business that installed the integration (me?fields=client_business_id) */
  clientBusinessId?: string | undefined;
  /** BISU tokens: the delegated ad accounts (digits), debug_token's granular_scopes[].target_ids */
  assetIds?: string[] | undefined;
}

export interface CreateTokenInput {
  type: SandboxTokenType;
  /** the user (USER, PAGE) or system user (SYSTEM_USER) behind the token */
  userId: string;
  scopes?: string[];
  declinedScopes?: string[];
  /** seconds from now; 0 = never expires. Defaults: USER 60 days, SYSTEM_USER never, PAGE never. */
  expiresInSeconds?: number;
  /** seconds from now; defaults to 90 days for USER tokens */
  dataAccessExpiresInSeconds?: number;
  /** issue the token for another app (to test "token from another app") */
  appId?: string;
  /** a marker placed inside the token string, for leak tests */
  marker?: string;
  /** a BISU token: its client business and delegated ad accounts */
  clientBusinessId?: string;
  assetIds?: string[];
}

/** the client admin's answer in the Login for Business dialog */
export interface InstallIntegrationInput {
  /** the person who signs in (an admin of the client business) */
  userId: string;
  redirectUri: string;
  /** a system-user configuration; anything else is refused as the dialog refuses it */
  configId: string;
  businessId: string;
  /** the ad accounts picked (digits) */
  assetIds: string[];
  /** issue the BISU token for another app (to test "token from another app") */
  appId?: string;
}

export interface FaultSettings {
  /** added to every Graph response */
  latencyMs: number;
  /** probabilities 0..1, applied per Graph request (and per batch item for the code-2 fault) */
  http500Rate: number;
  code2Rate: number;
  timeoutRate: number;
  batchNullRate: number;
  /** deterministic faults: the Nth matching request (1-based, counted from when the rule is set) fails */
  scripted: { pathIncludes: string; onCall: number; fault: 'http500' | 'code2' | 'timeout' | 'code190' }[];
}

export interface ThrottleSettings {
  /** calls per ad account (and use case) before 80004 is answered; null = unlimited */
  adAccountBudget: number | null;
  /** what estimated_time_to_regain_access says, in minutes, once the budget is spent */
  regainAccessMinutes: number;
  /**
   * the percentage X-App-Usage reports (call_count, total_time, total_cputime), e.g. 96 to make a
   * client back off; null = derived from the calls of the last hour (see docs/sandbox.md)
   */
  appUsagePct: number | null;
}

export interface SandboxCall {
  at: number;
  method: string;
  /** path without version and without query; tokens never appear */
  path: string;
  /** endpoint label, e.g. `GET debug_token`, `GET me/adaccounts`, `POST batch` */
  endpoint: string;
  status: number;
  errorCode: number | undefined;
  /** for batch requests: the number of items */
  batchItems: number | undefined;
  /** true for an item executed inside a batch request (the batch itself is logged once as `POST batch`) */
  viaBatch: boolean;
}

export interface SandboxCounters {
  /** HTTP requests to Graph routes (control API and dialog excluded) */
  httpRequests: number;
  /** per endpoint label; batch items are counted under their own endpoint as well */
  byEndpoint: Record<string, number>;
}

export interface SandboxWorld {
  readonly app: SandboxApp;
  setApp(patch: Partial<Omit<SandboxApp, 'id' | 'secret'>>): SandboxApp;

  createUser(input: { name: string; id?: string }): SandboxUser;
  /** invalidates every token of that user with 190/460 */
  changePassword(userId: string): void;
  /** the user removes the app: their tokens fail with 190/458 */
  revokeApp(userId: string): void;

  createBusiness(input: { name: string; id?: string }): SandboxBusiness;
  createSystemUser(input: { businessId: string; name: string; role?: 'ADMIN' | 'EMPLOYEE'; id?: string }): SandboxSystemUser;

  createAdAccount(
    input: Partial<Omit<SandboxAdAccount, 'tosAccepted'>> & { name: string; tosAccepted?: Partial<SandboxAdAccount['tosAccepted']> },
  ): SandboxAdAccount;
  updateAdAccount(
    accountId: string,
    patch: Partial<Omit<SandboxAdAccount, 'accountId' | 'tosAccepted'>> & { tosAccepted?: Partial<SandboxAdAccount['tosAccepted']> },
  ): SandboxAdAccount;
  grantAdAccount(accountId: string, userId: string, tasks: string[]): void;

  createToken(input: CreateTokenInput): SandboxTokenInfo;
  /** 190/463 from now on; expires_at moves into the past */
  expireToken(accessToken: string): void;
  invalidateToken(accessToken: string, subcode: SandboxInvalidation): void;
  /** the permission becomes declined for the user (all of that user's tokens for this app) */
  removeScope(userId: string, scope: string): void;
  /** the permission lapses (unused for 90 days): debug_token no longer lists it, /me/permissions says `expired` */
  expirePermission(userId: string, scope: string): void;
  /** data_access_expires_at moves into the past */
  expireDataAccess(accessToken: string): void;
  tokenInfo(accessToken: string): SandboxTokenInfo | undefined;

  /**
   * mints a single-use authorization code as the dialog's Allow would (expires after 10 minutes); the
   * user's grants follow the answer, and so do all of the user's tokens for the app
   */
  createAuthorizationCode(input: { userId: string; redirectUri: string; scopes: string[]; declinedScopes?: string[] }): string;

  setFaults(patch: Partial<FaultSettings>): FaultSettings;
  setThrottle(patch: Partial<ThrottleSettings>): ThrottleSettings;

  calls(): SandboxCall[];
  counters(): SandboxCounters;
  resetCalls(): void;

  /** Login for Business: configurations, installed integrations and the app's webhook subscriptions (read and add) */
  readonly integrations: SandboxIntegrations;
  /** what the dialog's Allow does with a system-user configuration, without its webhook: the integration and a code for its BISU token */
  installIntegration(input: InstallIntegrationInput): { code: string; integration: SandboxIntegration };
  /** DELETE /{user-id}/permissions: the user de-authorizes the app; their tokens fail with 190/466 */
  deauthorize(userId: string): void;
  /** back to the world the sandbox started with (seed, app settings, faults, throttle, call log) */
  reset(): void;

  snapshot(): {
    app: SandboxApp;
    users: SandboxUser[];
    businesses: SandboxBusiness[];
    systemUsers: SandboxSystemUser[];
    adAccounts: SandboxAdAccount[];
    tokens: SandboxTokenInfo[];
    pixels: SandboxPixel[];
  };

  createPixel(input: { name: string; id?: string }): SandboxPixel;
  /** the pixel appears in the account's adspixels edge */
  connectPixel(pixelId: string, accountId: string): SandboxPixel;
  disconnectPixel(pixelId: string, accountId: string): SandboxPixel;
  /** the pixel receives an event now, or `secondsAgo` before now: its last_fired_time */
  firePixel(pixelId: string, secondsAgo?: number): SandboxPixel;

  /** what GET /{app-id}/permissions says of a permission; null leaves it out */
  setAppPermission(permission: string, status: SandboxAppPermissionStatus | null): void;
  /** the business's verification_status (not_verified until set) */
  setBusinessVerification(businessId: string, status: SandboxVerificationStatus): void;
}

export interface SandboxOptions {
  host?: string;
  /** 0 (default) picks a free port */
  port?: number;
  /** `demo` (default for `adsauth sandbox` and sandbox-mode serve) or `empty` (tests) */
  seed?: 'demo' | 'empty';
  /** milliseconds since epoch; injectable so tests can move time */
  now?: () => number;
  /** seed of the PRNG behind the random faults, so a run with the same requests fails the same way */
  faultSeed?: number;
  /**
   * Keeps the world in this JSON file: loaded at start (instead of the seed) when it exists, written
   * after every change. Without it the world lives in memory only.
   */
  worldFile?: string;
}

export interface SandboxHandle {
  /** base URL for both Graph (`${url}/v26.0/me`) and the dialog (`${url}/v26.0/dialog/oauth`) */
  url: string;
  world: SandboxWorld;
  close(): Promise<void>;
}
