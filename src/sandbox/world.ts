// The sandbox's state and every SandboxWorld operation: the app, the directory of people and ad
// accounts, tokens, faults, throttle and call log. Graph routes, the control API and the dialog all act
// on one World; `reset()` rebuilds it from the seed the sandbox started with.
import { createHash } from 'node:crypto';
import { BusinessIntegrations } from './business-integrations.ts';
import { AppReview, type SandboxAppPermissionStatus, type SandboxVerificationStatus } from './app-review.ts';
import { CallLog } from './call-log.ts';
import { Directory, SandboxError, type AdAccountInput, type AdAccountPatch } from './directory.ts';
import { FaultInjector } from './faults.ts';
import { PixelDirectory } from './pixels.ts';
import { Throttle } from './throttle.ts';
import { TokenRegistry } from './token-registry.ts';
import { newAccessToken } from './tokens.ts';
import type {
  CreateTokenInput,
  FaultSettings,
  InstallIntegrationInput,
  SandboxAdAccount,
  SandboxApp,
  SandboxBusiness,
  SandboxCall,
  SandboxCounters,
  SandboxIntegration,
  SandboxInvalidation,
  SandboxPixel,
  SandboxSystemUser,
  SandboxTokenInfo,
  SandboxTokenType,
  SandboxUser,
  SandboxWorld,
  ThrottleSettings,
} from './types.ts';

export const DAY_SECONDS = 86_400;
const DEFAULT_SCOPES: Record<SandboxTokenType, string[]> = {
  USER: ['ads_management', 'ads_read', 'business_management', 'public_profile'],
  SYSTEM_USER: ['ads_management', 'ads_read', 'business_management'],
  PAGE: ['pages_show_list', 'pages_read_engagement'],
};

export const SANDBOX_APP_ID = '1000000000000001';

function defaultApp(): SandboxApp {
  // Deterministic so a restarted sandbox keeps the same app; it is a sandbox secret, never a real one.
  const secret = createHash('sha256').update(`adsauth-sandbox-app:${SANDBOX_APP_ID}`).digest('hex').slice(0, 32);
  return {
    id: SANDBOX_APP_ID,
    secret,
    name: 'adsauth Sandbox App',
    accessTier: 'standard_access',
    requireAppSecretProof: true,
    deauthorizeCallbackUrl: undefined,
    dataDeletionCallbackUrl: undefined,
  };
}

export interface WorldOptions {
  now: () => number;
  /** fills a fresh world: at start (unless `saved` is given) and on every reset() */
  seed: (world: World) => void;
  faultSeed?: number | undefined;
  /** a world saved by an earlier run (world-file.ts), restored instead of seeding */
  saved?: WorldState | undefined;
}

/** What survives a restart: the world itself, not faults, throttle windows or the call log. */
export type WorldState = ReturnType<World['exportState']>;

export class World implements SandboxWorld {
  readonly faults: FaultInjector;
  readonly throttle: Throttle;
  readonly log = new CallLog();
  registry: TokenRegistry;
  directory = new Directory();
  integrations = new BusinessIntegrations(this.directory);
  pixels = new PixelDirectory();
  appReview = new AppReview();
  private appState = defaultApp();

  constructor(private readonly options: WorldOptions) {
    this.faults = new FaultInjector(options.faultSeed);
    this.throttle = new Throttle(options.now);
    this.registry = new TokenRegistry(options.now);
    if (options.saved) this.importState(options.saved);
    else options.seed(this);
  }

  exportState() {
    return {
      app: this.app,
      directory: this.directory.exportState(),
      integrations: this.integrations.exportState(),
      pixels: this.pixels.exportState(),
      appReview: this.appReview.exportState(),
      registry: this.registry.exportState(),
    };
  }

  private importState(state: WorldState): void {
    this.appState = { ...defaultApp(), ...state.app };
    this.directory.importState(state.directory);
    this.integrations.importState(state.integrations);
    this.pixels.importState(state.pixels);
    this.appReview.importState(state.appReview);
    this.registry.importState(state.registry);
  }

  nowMs(): number {
    return this.options.now();
  }

  nowSec(): number {
    return Math.floor(this.options.now() / 1000);
  }

  get app(): SandboxApp {
    return { ...this.appState };
  }

  setApp(patch: Partial<Omit<SandboxApp, 'id' | 'secret'>>): SandboxApp {
    this.appState = { ...this.appState, ...patch };
    return this.app;
  }

  // ── people, businesses, ad accounts ─────────────────────────────────────────────────────────
  createUser(input: { name: string; id?: string }): SandboxUser {
    return this.directory.addUser(input);
  }

  changePassword(userId: string): void {
    this.directory.requireUser(userId);
    this.registry.invalidateUser(userId, this.appState.id, 460, { clearScopes: false });
  }

  revokeApp(userId: string): void {
    this.directory.requireUser(userId);
    this.registry.invalidateUser(userId, this.appState.id, 458, { clearScopes: true });
  }

  deauthorize(userId: string): void {
    this.directory.requirePerson(userId);
    this.registry.invalidateUser(userId, this.appState.id, 466, { clearScopes: true });
  }

  createBusiness(input: { name: string; id?: string }): SandboxBusiness {
    return this.directory.addBusiness(input);
  }

  createSystemUser(input: { businessId: string; name: string; role?: 'ADMIN' | 'EMPLOYEE'; id?: string }): SandboxSystemUser {
    return this.directory.addSystemUser(input);
  }

  createAdAccount(input: AdAccountInput): SandboxAdAccount {
    return this.directory.addAdAccount(input);
  }

  updateAdAccount(accountId: string, patch: AdAccountPatch): SandboxAdAccount {
    return this.directory.updateAdAccount(accountId, patch);
  }

  grantAdAccount(accountId: string, userId: string, tasks: string[]): void {
    this.directory.grantAdAccount(accountId, userId, tasks);
  }

  // ── tokens and codes ────────────────────────────────────────────────────────────────────────
  /** `tokenSeed` makes the token string reproducible (the demo world's ready-made tokens). */
  createToken(input: CreateTokenInput, tokenSeed?: string): SandboxTokenInfo {
    if (input.type === 'SYSTEM_USER') this.directory.requireSystemUser(input.userId);
    else this.directory.requireUser(input.userId);
    const now = this.nowSec();
    const appId = input.appId ?? this.appState.id;
    const scopes = [...new Set(input.scopes ?? DEFAULT_SCOPES[input.type])];
    const declinedScopes = (input.declinedScopes ?? []).filter((scope) => !scopes.includes(scope));
    const expiresIn = input.expiresInSeconds ?? (input.type === 'USER' ? 60 * DAY_SECONDS : 0);
    const dataAccessIn = input.dataAccessExpiresInSeconds ?? (input.type === 'SYSTEM_USER' ? 0 : 90 * DAY_SECONDS);
    if (appId === this.appState.id && input.type !== 'SYSTEM_USER') this.registry.recordGrants(input.userId, scopes, declinedScopes);
    const record = this.registry.add({
      accessToken: newAccessToken(input.marker, tokenSeed),
      type: input.type,
      appId,
      userId: input.userId,
      profileId: input.type === 'PAGE' ? this.directory.pageOf(input.userId) : undefined,
      scopes,
      declinedScopes,
      issuedAt: now,
      expiresAt: expiresIn === 0 ? 0 : now + expiresIn,
      dataAccessExpiresAt: dataAccessIn === 0 ? 0 : now + dataAccessIn,
      invalidation: undefined,
      clientBusinessId: input.clientBusinessId,
      assetIds: input.assetIds && [...input.assetIds],
    });
    return this.registry.info(record.accessToken)!;
  }

  expireToken(accessToken: string): void {
    this.requireToken(accessToken).expiresAt = this.nowSec() - 1;
  }

  invalidateToken(accessToken: string, subcode: SandboxInvalidation): void {
    if (subcode === 463) return this.expireToken(accessToken);
    this.requireToken(accessToken).invalidation = subcode;
  }

  removeScope(userId: string, scope: string): void {
    this.directory.requirePerson(userId);
    this.registry.declineScope(userId, this.appState.id, scope);
  }

  expirePermission(userId: string, scope: string): void {
    this.directory.requirePerson(userId);
    this.registry.expireScope(userId, this.appState.id, scope);
  }

  expireDataAccess(accessToken: string): void {
    this.requireToken(accessToken).dataAccessExpiresAt = this.nowSec() - 1;
  }

  tokenInfo(accessToken: string): SandboxTokenInfo | undefined {
    return this.registry.info(accessToken);
  }

  createAuthorizationCode(input: { userId: string; redirectUri: string; scopes: string[]; declinedScopes?: string[] }): string {
    this.directory.requireUser(input.userId);
    const declinedScopes = (input.declinedScopes ?? []).filter((scope) => !input.scopes.includes(scope));
    this.registry.answerDialog(input.userId, this.appState.id, input.scopes, declinedScopes);
    return this.registry.addCode({ userId: input.userId, redirectUri: input.redirectUri, scopes: input.scopes, declinedScopes });
  }

  // ── Login for Business ──────────────────────────────────────────────────────────────────────
  /** The client business's integration after the dialog's Allow, and a code that yields its BISU token. */
  installIntegration(input: InstallIntegrationInput): { code: string; integration: SandboxIntegration } {
    this.directory.requireUser(input.userId);
    const configuration = this.integrations.configuration(input.configId);
    if (!configuration || configuration.tokenType !== 'SYSTEM_USER') throw new SandboxError(400, 'Config ID is invalid');
    const integration = this.integrations.install({ ...input, appName: this.appState.name });
    const code = this.registry.addCode({
      userId: input.userId,
      redirectUri: input.redirectUri,
      scopes: configuration.scopes,
      declinedScopes: [],
      integration: { businessId: integration.businessId, systemUserId: integration.systemUserId, appId: input.appId },
    });
    return { code, integration };
  }

  /** The integration's tokens reach exactly the new assets; Meta then sends business_integration_update. */
  updateIntegrationAssets(businessId: string, assetIds: string[]) {
    const integration = this.integrations.updateAssets(businessId, assetIds);
    for (const token of this.registry.ofUser(integration.systemUserId, this.appState.id)) token.assetIds = [...integration.assetIds];
    return integration;
  }

  /** The client removed the app: its BISU tokens stop working (the 458 subcode is UNVERIFIED for BISU tokens). */
  uninstallIntegration(businessId: string) {
    const integration = this.integrations.uninstall(businessId);
    this.registry.invalidateUser(integration.systemUserId, this.appState.id, 458, { clearScopes: true });
    return integration;
  }

  private requireToken(accessToken: string) {
    const record = this.registry.get(accessToken);
    if (!record) throw new SandboxError(404, 'token not found');
    return record;
  }

  // ── faults, throttle, call log, reset ───────────────────────────────────────────────────────
  setFaults(patch: Partial<FaultSettings>): FaultSettings {
    return this.faults.set(patch);
  }

  setThrottle(patch: Partial<ThrottleSettings>): ThrottleSettings {
    return this.throttle.set(patch);
  }

  calls(): SandboxCall[] {
    return this.log.calls();
  }

  counters(): SandboxCounters {
    return this.log.counters();
  }

  resetCalls(): void {
    this.log.reset();
  }

  reset(): void {
    this.appState = defaultApp();
    this.directory = new Directory();
    this.integrations = new BusinessIntegrations(this.directory);
    this.pixels = new PixelDirectory();
    this.appReview = new AppReview();
    this.registry = new TokenRegistry(this.options.now);
    this.faults.reset();
    this.throttle.reset();
    this.log.reset();
    this.options.seed(this);
  }

  snapshot(): ReturnType<SandboxWorld['snapshot']> {
    const { directory } = this;
    return {
      app: this.app,
      users: directory.listUsers().map((u) => ({ ...u })),
      businesses: directory.listBusinesses().map((b) => ({ ...b })),
      systemUsers: directory.listAllSystemUsers().map((s) => ({ ...s })),
      adAccounts: directory.listAdAccounts().map((a) => structuredClone(a)),
      tokens: this.registry.infos(),
      pixels: this.pixels.list(),
    };
  }

  // ── pixels (datasets) connected to ad accounts ──────────────────────────────────────────────
  createPixel(input: { name: string; id?: string }): SandboxPixel {
    return this.pixels.add(input);
  }

  connectPixel(pixelId: string, accountId: string): SandboxPixel {
    const account = this.directory.findAdAccount(accountId.replace(/^act_/, ''));
    if (!account) throw new SandboxError(404, `ad account ${accountId} not found`);
    return this.pixels.connect(pixelId, account.accountId);
  }

  disconnectPixel(pixelId: string, accountId: string): SandboxPixel {
    return this.pixels.disconnect(pixelId, accountId.replace(/^act_/, ''));
  }

  firePixel(pixelId: string, secondsAgo = 0): SandboxPixel {
    return this.pixels.fire(pixelId, this.nowSec() - secondsAgo);
  }

  // ── the app's App Review and its businesses' verification ───────────────────────────────────
  setAppPermission(permission: string, status: SandboxAppPermissionStatus | null): void {
    this.appReview.setPermission(permission, status);
  }

  setBusinessVerification(businessId: string, status: SandboxVerificationStatus): void {
    if (!this.directory.findBusiness(businessId)) throw new SandboxError(404, `business ${businessId} not found`);
    this.appReview.setVerification(businessId, status);
  }
}
