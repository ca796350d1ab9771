// Tokens, authorization codes and each user's grants for the app. The world validates ids and
// then calls in here; Graph routes read from here.
import { newAuthorizationCode, tokenProblem, type TokenRecord } from './tokens.ts';
import type { SandboxInvalidation, SandboxTokenInfo } from './types.ts';

export type GrantStatus = 'granted' | 'declined' | 'expired';

export interface CodeRecord {
  userId: string;
  redirectUri: string;
  scopes: string[];
  declinedScopes: string[];
  /** Login for Business: the code yields the integration's BISU token (of `appId`, default this app). */
  integration?: { businessId: string; systemUserId: string; appId: string | undefined } | undefined;
  createdAtMs: number;
  used: boolean;
}

export const CODE_LIFETIME_MS = 10 * 60 * 1000;

export class TokenRegistry {
  private readonly tokens = new Map<string, TokenRecord>();
  private readonly codes = new Map<string, CodeRecord>();
  /** userId → scope → status, for this app: what the dialog remembers between logins */
  private readonly grants = new Map<string, Map<string, GrantStatus>>();

  constructor(private readonly nowMs: () => number) {}

  exportState() {
    return {
      tokens: [...this.tokens.values()],
      codes: [...this.codes],
      grants: [...this.grants].map(([userId, scopes]) => [userId, [...scopes]] as const),
    };
  }

  importState(state: ReturnType<TokenRegistry['exportState']>): void {
    for (const token of state.tokens) this.tokens.set(token.accessToken, token);
    for (const [code, record] of state.codes) this.codes.set(code, record);
    for (const [userId, scopes] of state.grants) this.grants.set(userId, new Map(scopes));
  }

  add(record: TokenRecord): TokenRecord {
    this.tokens.set(record.accessToken, record);
    return record;
  }

  get(accessToken: string): TokenRecord | undefined {
    return this.tokens.get(accessToken);
  }

  /** A copy whose `invalidation` also reports expiry (463) as of now. */
  info(accessToken: string): SandboxTokenInfo | undefined {
    const record = this.tokens.get(accessToken);
    if (!record) return undefined;
    return {
      ...record,
      scopes: [...record.scopes],
      declinedScopes: [...record.declinedScopes],
      invalidation: tokenProblem(record, Math.floor(this.nowMs() / 1000)),
    };
  }

  infos(): SandboxTokenInfo[] {
    return [...this.tokens.keys()].map((token) => this.info(token)!);
  }

  /** Tokens of a user or system user for one app. */
  ofUser(userId: string, appId: string): TokenRecord[] {
    return [...this.tokens.values()].filter((t) => t.userId === userId && t.appId === appId);
  }

  /** Every still-working token of the user gets the subcode; tokens already dead keep their reason. */
  invalidateUser(userId: string, appId: string, subcode: SandboxInvalidation, options: { clearScopes: boolean }): void {
    const nowSec = Math.floor(this.nowMs() / 1000);
    for (const token of this.ofUser(userId, appId)) {
      if (tokenProblem(token, nowSec) === undefined) token.invalidation = subcode;
      if (options.clearScopes) token.scopes = [];
    }
    if (options.clearScopes) this.grants.delete(userId);
  }

  recordGrants(userId: string, granted: readonly string[], declined: readonly string[]): void {
    const grants = this.grants.get(userId) ?? new Map<string, GrantStatus>();
    for (const scope of granted) grants.set(scope, 'granted');
    for (const scope of declined) grants.set(scope, 'declined');
    this.grants.set(userId, grants);
  }

  grantsOf(userId: string, status: GrantStatus): string[] {
    return [...(this.grants.get(userId) ?? new Map<string, GrantStatus>())].filter(([, s]) => s === status).map(([scope]) => scope);
  }

  /** The permission becomes declined for the user and all of the user's tokens for the app. */
  declineScope(userId: string, appId: string, scope: string): void {
    this.answerDialog(userId, appId, [], [scope]);
  }

  /**
   * The person's answer in the dialog. Grants are per person and app, so every token of theirs for the
   * app follows it: a declined scope leaves them all, a granted one (asked again) comes back to their user tokens.
   */
  answerDialog(userId: string, appId: string, granted: readonly string[], declined: readonly string[]): void {
    this.recordGrants(userId, granted, declined);
    for (const token of this.ofUser(userId, appId)) {
      const back = token.type === 'USER' ? granted.filter((s) => !token.scopes.includes(s)) : [];
      token.scopes = [...token.scopes.filter((s) => !declined.includes(s)), ...back];
      token.declinedScopes = [
        ...token.declinedScopes.filter((s) => !granted.includes(s)),
        ...declined.filter((s) => !token.declinedScopes.includes(s)),
      ];
    }
  }

  /** The permission expired (90 days unused): gone from the user's tokens, and `expired` in /me/permissions until granted again. */
  expireScope(userId: string, appId: string, scope: string): void {
    const grants = this.grants.get(userId) ?? new Map<string, GrantStatus>();
    grants.set(scope, 'expired');
    this.grants.set(userId, grants);
    for (const token of this.ofUser(userId, appId)) token.scopes = token.scopes.filter((s) => s !== scope);
  }

  addCode(input: Omit<CodeRecord, 'createdAtMs' | 'used'>): string {
    const code = newAuthorizationCode();
    this.codes.set(code, {
      ...input,
      scopes: [...input.scopes],
      declinedScopes: [...input.declinedScopes],
      createdAtMs: this.nowMs(),
      used: false,
    });
    return code;
  }

  code(code: string): CodeRecord | undefined {
    return this.codes.get(code);
  }
}
