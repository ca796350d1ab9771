// The sandbox's state and every SandboxWorld operation. Graph routes, the control API and the dialog
// all act on one World; `reset()` rebuilds it from the seed the sandbox started with.
import { createHash } from 'node:crypto';
import { CallLog } from './call-log.ts';
import { FaultInjector } from './faults.ts';
import { Throttle } from './throttle.ts';
import { TokenRegistry } from './token-registry.ts';
import { newAccessToken } from './tokens.ts';
import type {
  CreateTokenInput,
  FaultSettings,
  SandboxAdAccount,
  SandboxApp,
  SandboxBusiness,
  SandboxCall,
  SandboxCounters,
  SandboxInvalidation,
  SandboxSystemUser,
  SandboxTokenInfo,
  SandboxTokenType,
  SandboxUser,
  SandboxWorld,
  ThrottleSettings,
} from './types.ts';

/** A bad argument (400) or an unknown id (404); the control API answers with its message. */
export class SandboxError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

export const DAY_SECONDS = 86_400;
const DEFAULT_SCOPES: Record<SandboxTokenType, string[]> = {
  USER: ['ads_management', 'ads_read', 'business_management', 'public_profile'],
  SYSTEM_USER: ['ads_management', 'ads_read', 'business_management'],
  PAGE: ['pages_show_list', 'pages_read_engagement'],
};
const ID_BASE = { user: 100000000000000, business: 200000000000000, systemUser: 300000000000000, adAccount: 400000000000000, page: 500000000000000 };
type IdKind = keyof typeof ID_BASE;

export const SANDBOX_APP_ID = '1000000000000001';

function defaultApp(): SandboxApp {
  // Deterministic so a restarted sandbox keeps the same app; it is a sandbox secret, never a real one.
  const secret = createHash('sha256').update(`adsauth-sandbox-app:${SANDBOX_APP_ID}`).digest('hex').slice(0, 32);
  return { id: SANDBOX_APP_ID, secret, name: 'adsauth Sandbox App', accessTier: 'standard_access', requireAppSecretProof: true };
}

export interface WorldOptions {
  now: () => number;
  /** fills a fresh world: at start and on every reset() */
  seed: (world: World) => void;
  faultSeed?: number | undefined;
}

export class World implements SandboxWorld {
  readonly faults: FaultInjector;
  readonly throttle: Throttle;
  readonly log = new CallLog();
  registry: TokenRegistry;
  private appState = defaultApp();
  private users = new Map<string, SandboxUser>();
  private businesses = new Map<string, SandboxBusiness>();
  private systemUsers = new Map<string, SandboxSystemUser>();
  private adAccounts = new Map<string, SandboxAdAccount>();
  /** one Page per user, for PAGE tokens' profile_id */
  private pages = new Map<string, string>();
  private idCounters: Record<IdKind, number> = { user: 0, business: 0, systemUser: 0, adAccount: 0, page: 0 };

  constructor(private readonly options: WorldOptions) {
    this.faults = new FaultInjector(options.faultSeed);
    this.throttle = new Throttle(options.now);
    this.registry = new TokenRegistry(options.now);
    options.seed(this);
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

  setApp(patch: Partial<Pick<SandboxApp, 'accessTier' | 'requireAppSecretProof' | 'name'>>): SandboxApp {
    this.appState = { ...this.appState, ...patch };
    return this.app;
  }

  // ── people and businesses ───────────────────────────────────────────────────────────────────
  createUser(input: { name: string; id?: string }): SandboxUser {
    const user = { id: this.newId('user', input.id), name: input.name };
    this.users.set(user.id, user);
    return { ...user };
  }

  changePassword(userId: string): void {
    this.requireUser(userId);
    this.registry.invalidateUser(userId, this.appState.id, 460, { clearScopes: false });
  }

  revokeApp(userId: string): void {
    this.requireUser(userId);
    this.registry.invalidateUser(userId, this.appState.id, 458, { clearScopes: true });
  }

  deauthorize(userId: string): void {
    if (!this.users.has(userId) && !this.systemUsers.has(userId)) throw new SandboxError(404, `user ${userId} not found`);
    this.registry.invalidateUser(userId, this.appState.id, 466, { clearScopes: true });
  }

  createBusiness(input: { name: string; id?: string }): SandboxBusiness {
    const business = { id: this.newId('business', input.id), name: input.name };
    this.businesses.set(business.id, business);
    return { ...business };
  }

  createSystemUser(input: { businessId: string; name: string; role?: 'ADMIN' | 'EMPLOYEE'; id?: string }): SandboxSystemUser {
    this.requireBusiness(input.businessId);
    const systemUser = { id: this.newId('systemUser', input.id), name: input.name, businessId: input.businessId, role: input.role ?? 'EMPLOYEE' };
    this.systemUsers.set(systemUser.id, systemUser);
    return { ...systemUser };
  }

  // ── ad accounts ─────────────────────────────────────────────────────────────────────────────
  createAdAccount(
    input: Partial<Omit<SandboxAdAccount, 'tosAccepted'>> & { name: string; tosAccepted?: Partial<SandboxAdAccount['tosAccepted']> },
  ): SandboxAdAccount {
    const accountId = this.newId('adAccount', input.accountId);
    const account: SandboxAdAccount = {
      accountId,
      name: input.name,
      accountStatus: input.accountStatus ?? 1,
      disableReason: input.disableReason ?? 0,
      currency: input.currency ?? 'USD',
      timezoneName: input.timezoneName ?? 'America/Los_Angeles',
      businessId: input.businessId,
      tosAccepted: { custom_audience_tos: 1, web_custom_audience_tos: 1, ...input.tosAccepted },
      userTasks: {},
    };
    this.checkAccount(account, input.userTasks ?? {});
    account.userTasks = structuredClone(input.userTasks ?? {});
    this.adAccounts.set(accountId, account);
    return structuredClone(account);
  }

  updateAdAccount(
    accountId: string,
    patch: Partial<Omit<SandboxAdAccount, 'accountId' | 'tosAccepted'>> & { tosAccepted?: Partial<SandboxAdAccount['tosAccepted']> },
  ): SandboxAdAccount {
    const account = this.requireAdAccount(accountId);
    const { tosAccepted, userTasks, ...rest } = patch;
    const next: SandboxAdAccount = { ...account, ...rest, accountId: account.accountId, tosAccepted: { ...account.tosAccepted, ...tosAccepted } };
    this.checkAccount(next, userTasks ?? {});
    if (userTasks) next.userTasks = structuredClone(userTasks);
    this.adAccounts.set(account.accountId, next);
    return structuredClone(next);
  }

  grantAdAccount(accountId: string, userId: string, tasks: string[]): void {
    const account = this.requireAdAccount(accountId);
    this.checkAccount(account, { [userId]: tasks });
    if (tasks.length === 0) delete account.userTasks[userId];
    else account.userTasks[userId] = [...tasks];
  }

  // ── tokens and codes ────────────────────────────────────────────────────────────────────────
  /** `tokenSeed` makes the token string reproducible (the demo world's ready-made tokens). */
  createToken(input: CreateTokenInput, tokenSeed?: string): SandboxTokenInfo {
    if (input.type === 'SYSTEM_USER') this.requireSystemUser(input.userId);
    else this.requireUser(input.userId);
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
      profileId: input.type === 'PAGE' ? this.pageOf(input.userId) : undefined,
      scopes,
      declinedScopes,
      issuedAt: now,
      expiresAt: expiresIn === 0 ? 0 : now + expiresIn,
      dataAccessExpiresAt: dataAccessIn === 0 ? 0 : now + dataAccessIn,
      invalidation: undefined,
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
    if (!this.users.has(userId) && !this.systemUsers.has(userId)) throw new SandboxError(404, `user ${userId} not found`);
    this.registry.declineScope(userId, this.appState.id, scope);
  }

  expireDataAccess(accessToken: string): void {
    this.requireToken(accessToken).dataAccessExpiresAt = this.nowSec() - 1;
  }

  tokenInfo(accessToken: string): SandboxTokenInfo | undefined {
    return this.registry.info(accessToken);
  }

  createAuthorizationCode(input: { userId: string; redirectUri: string; scopes: string[]; declinedScopes?: string[] }): string {
    this.requireUser(input.userId);
    const declinedScopes = (input.declinedScopes ?? []).filter((scope) => !input.scopes.includes(scope));
    this.registry.recordGrants(input.userId, input.scopes, declinedScopes);
    return this.registry.addCode({ userId: input.userId, redirectUri: input.redirectUri, scopes: input.scopes, declinedScopes });
  }

  // ── faults, throttle, call log ──────────────────────────────────────────────────────────────
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
    for (const map of [this.users, this.businesses, this.systemUsers, this.adAccounts, this.pages]) map.clear();
    this.idCounters = { user: 0, business: 0, systemUser: 0, adAccount: 0, page: 0 };
    this.registry = new TokenRegistry(this.options.now);
    this.faults.reset();
    this.throttle.reset();
    this.log.reset();
    this.options.seed(this);
  }

  snapshot(): ReturnType<SandboxWorld['snapshot']> {
    return {
      app: this.app,
      users: [...this.users.values()].map((u) => ({ ...u })),
      businesses: [...this.businesses.values()].map((b) => ({ ...b })),
      systemUsers: [...this.systemUsers.values()].map((s) => ({ ...s })),
      adAccounts: [...this.adAccounts.values()].map((a) => structuredClone(a)),
      tokens: this.registry.infos(),
    };
  }

  // ── reads for the Graph routes and the dialog ───────────────────────────────────────────────
  findUser = (id: string) => this.users.get(id);
  findSystemUser = (id: string) => this.systemUsers.get(id);
  findBusiness = (id: string) => this.businesses.get(id);
  findAdAccount = (accountId: string) => this.adAccounts.get(accountId);
  listUsers = () => [...this.users.values()];
  listAdAccounts = () => [...this.adAccounts.values()];
  listSystemUsers = (businessId: string) => [...this.systemUsers.values()].filter((s) => s.businessId === businessId);

  pageOf(userId: string): string {
    let page = this.pages.get(userId);
    if (!page) this.pages.set(userId, (page = this.newId('page', undefined)));
    return page;
  }

  // ── helpers ─────────────────────────────────────────────────────────────────────────────────
  private newId(kind: IdKind, wanted: string | undefined): string {
    if (wanted !== undefined) {
      if (!/^\d{1,20}$/.test(wanted)) throw new SandboxError(400, `id must be digits only, got "${wanted}"`);
      if (this.idTaken(wanted)) throw new SandboxError(400, `id ${wanted} is already taken`);
      return wanted;
    }
    let id: string;
    do id = String(ID_BASE[kind] + ++this.idCounters[kind]);
    while (this.idTaken(id));
    return id;
  }

  private idTaken(id: string): boolean {
    return [this.users, this.businesses, this.systemUsers, this.adAccounts].some((map) => map.has(id)) || [...this.pages.values()].includes(id);
  }

  private checkAccount(account: SandboxAdAccount, userTasks: Record<string, string[]>): void {
    if (account.businessId !== undefined) this.requireBusiness(account.businessId);
    for (const userId of Object.keys(userTasks)) {
      if (!this.users.has(userId) && !this.systemUsers.has(userId)) throw new SandboxError(404, `user ${userId} not found`);
    }
  }

  private requireUser(id: string): SandboxUser {
    const user = this.users.get(id);
    if (!user) throw new SandboxError(404, `user ${id} not found`);
    return user;
  }

  private requireSystemUser(id: string): SandboxSystemUser {
    const systemUser = this.systemUsers.get(id);
    if (!systemUser) throw new SandboxError(404, `system user ${id} not found`);
    return systemUser;
  }

  private requireBusiness(id: string): SandboxBusiness {
    const business = this.businesses.get(id);
    if (!business) throw new SandboxError(404, `business ${id} not found`);
    return business;
  }

  private requireAdAccount(accountId: string): SandboxAdAccount {
    const account = this.adAccounts.get(accountId.replace(/^act_/, ''));
    if (!account) throw new SandboxError(404, `ad account ${accountId} not found`);
    return account;
  }

  private requireToken(accessToken: string) {
    const record = this.registry.get(accessToken);
    if (!record) throw new SandboxError(404, 'token not found');
    return record;
  }
}
