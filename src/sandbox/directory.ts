// The world's people, businesses, ad accounts and pages, with deterministic ids. The World
// validates and delegates here; Graph routes, the dialog and the control API read from here.
import type { SandboxAdAccount, SandboxBusiness, SandboxSystemUser, SandboxUser } from './types.ts';

/** A bad argument (400) or an unknown id (404); the control API answers with its message. */
export class SandboxError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

const ID_BASE = {
  user: 100000000000000,
  business: 200000000000000,
  systemUser: 300000000000000,
  adAccount: 400000000000000,
  page: 500000000000000,
};
type IdKind = keyof typeof ID_BASE;

export type AdAccountInput = Partial<Omit<SandboxAdAccount, 'tosAccepted'>> & {
  name: string;
  tosAccepted?: Partial<SandboxAdAccount['tosAccepted']>;
};
export type AdAccountPatch = Partial<Omit<SandboxAdAccount, 'accountId' | 'tosAccepted'>> & {
  tosAccepted?: Partial<SandboxAdAccount['tosAccepted']>;
};

export type DirectoryState = ReturnType<Directory['exportState']>;

export class Directory {
  private readonly users = new Map<string, SandboxUser>();
  private readonly businesses = new Map<string, SandboxBusiness>();
  private readonly systemUsers = new Map<string, SandboxSystemUser>();
  private readonly adAccounts = new Map<string, SandboxAdAccount>();
  /** one Page per user, for PAGE tokens' profile_id */
  private readonly pages = new Map<string, string>();
  private counters: Record<IdKind, number> = { user: 0, business: 0, systemUser: 0, adAccount: 0, page: 0 };

  /** Everything the directory holds, as plain data (the world file). */
  exportState() {
    return {
      users: [...this.users.values()],
      businesses: [...this.businesses.values()],
      systemUsers: [...this.systemUsers.values()],
      adAccounts: [...this.adAccounts.values()],
      pages: [...this.pages],
      counters: { ...this.counters },
    };
  }

  importState(state: DirectoryState): void {
    for (const user of state.users) this.users.set(user.id, user);
    for (const business of state.businesses) this.businesses.set(business.id, business);
    for (const systemUser of state.systemUsers) this.systemUsers.set(systemUser.id, systemUser);
    for (const account of state.adAccounts) this.adAccounts.set(account.accountId, account);
    for (const [userId, pageId] of state.pages) this.pages.set(userId, pageId);
    this.counters = { ...state.counters };
  }

  addUser(input: { name: string; id?: string | undefined }): SandboxUser {
    const user = { id: this.newId('user', input.id), name: input.name };
    this.users.set(user.id, user);
    return { ...user };
  }

  addBusiness(input: { name: string; id?: string | undefined }): SandboxBusiness {
    const business = { id: this.newId('business', input.id), name: input.name };
    this.businesses.set(business.id, business);
    return { ...business };
  }

  addSystemUser(input: {
    businessId: string;
    name: string;
    role?: 'ADMIN' | 'EMPLOYEE' | undefined;
    id?: string | undefined;
  }): SandboxSystemUser {
    this.requireBusiness(input.businessId);
    const systemUser = {
      id: this.newId('systemUser', input.id),
      name: input.name,
      businessId: input.businessId,
      role: input.role ?? 'EMPLOYEE',
    };
    this.systemUsers.set(systemUser.id, systemUser);
    return { ...systemUser };
  }

  addAdAccount(input: AdAccountInput): SandboxAdAccount {
    const account: SandboxAdAccount = {
      accountId: this.newId('adAccount', input.accountId),
      name: input.name,
      accountStatus: input.accountStatus ?? 1,
      disableReason: input.disableReason ?? 0,
      currency: input.currency ?? 'USD',
      timezoneName: input.timezoneName ?? 'America/Los_Angeles',
      businessId: input.businessId,
      tosAccepted: { custom_audience_tos: 1, web_custom_audience_tos: 1, ...input.tosAccepted },
      userTasks: structuredClone(input.userTasks ?? {}),
    };
    this.checkAccount(account);
    this.adAccounts.set(account.accountId, account);
    return structuredClone(account);
  }

  updateAdAccount(accountId: string, patch: AdAccountPatch): SandboxAdAccount {
    const account = this.requireAdAccount(accountId);
    const { tosAccepted, userTasks, ...rest } = patch;
    const next: SandboxAdAccount = {
      ...account,
      ...rest,
      accountId: account.accountId,
      tosAccepted: { ...account.tosAccepted, ...tosAccepted },
      userTasks: structuredClone(userTasks ?? account.userTasks),
    };
    this.checkAccount(next);
    this.adAccounts.set(account.accountId, next);
    return structuredClone(next);
  }

  /** Sets (or, with no tasks, removes) what a user or system user may do on the account. */
  grantAdAccount(accountId: string, userId: string, tasks: string[]): SandboxAdAccount {
    const account = this.requireAdAccount(accountId);
    this.requirePerson(userId);
    if (tasks.length === 0) delete account.userTasks[userId];
    else account.userTasks[userId] = [...tasks];
    return structuredClone(account);
  }

  findUser = (id: string) => this.users.get(id);
  findSystemUser = (id: string) => this.systemUsers.get(id);
  findBusiness = (id: string) => this.businesses.get(id);
  findAdAccount = (accountId: string) => this.adAccounts.get(accountId);
  listUsers = () => [...this.users.values()];
  listBusinesses = () => [...this.businesses.values()];
  listAllSystemUsers = () => [...this.systemUsers.values()];
  listAdAccounts = () => [...this.adAccounts.values()];
  listSystemUsers = (businessId: string) => [...this.systemUsers.values()].filter((s) => s.businessId === businessId);

  pageOf(userId: string): string {
    let page = this.pages.get(userId);
    if (!page) this.pages.set(userId, (page = this.newId('page', undefined)));
    return page;
  }

  requireUser(id: string): SandboxUser {
    const user = this.users.get(id);
    if (!user) throw new SandboxError(404, `user ${id} not found`);
    return user;
  }

  requireSystemUser(id: string): SandboxSystemUser {
    const systemUser = this.systemUsers.get(id);
    if (!systemUser) throw new SandboxError(404, `system user ${id} not found`);
    return systemUser;
  }

  /** A user or a system user. */
  requirePerson(id: string): void {
    if (!this.users.has(id) && !this.systemUsers.has(id)) throw new SandboxError(404, `user ${id} not found`);
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

  private checkAccount(account: SandboxAdAccount): void {
    if (account.businessId !== undefined) this.requireBusiness(account.businessId);
    for (const userId of Object.keys(account.userTasks)) this.requirePerson(userId);
  }

  private newId(kind: IdKind, wanted: string | undefined): string {
    if (wanted !== undefined) {
      if (!/^\d{1,20}$/.test(wanted)) throw new SandboxError(400, `id must be digits only, got "${wanted}"`);
      if (this.idTaken(wanted)) throw new SandboxError(400, `id ${wanted} is already taken`);
      return wanted;
    }
    let id: string;
    do id = String(ID_BASE[kind] + ++this.counters[kind]);
    while (this.idTaken(id));
    return id;
  }

  private idTaken(id: string): boolean {
    return (
      [this.users, this.businesses, this.systemUsers, this.adAccounts].some((map) => map.has(id)) || [...this.pages.values()].includes(id)
    );
  }
}
