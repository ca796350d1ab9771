// What a Graph route sees: the parsed request, the world, and the caller once authenticated
// (docs/graph-api.md "Requests and responses" token transport, "appsecret_proof" appsecret_proof, "debug_token examples" / "Error envelope" token failures).
import { fail } from './errors.ts';
import { isDataAccessExpired, proofMatches, tokenProblem, tokenProblemMessage, type TokenRecord } from './tokens.ts';
import type { World } from './world.ts';

export const DEFAULT_VERSION = 'v26.0';

export interface GraphRequest {
  method: string;
  /** path segments after the version, e.g. ['me', 'adaccounts']; [] for the version root */
  segments: string[];
  /** query and form parameters, form winning */
  params: Record<string, string>;
  authorization: string | undefined;
  /** `v26.0`, or undefined for an unversioned call */
  version: string | undefined;
  viaBatch: boolean;
}

export interface GraphReply {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type Caller = { kind: 'app' } | { kind: 'token'; token: TokenRecord };

export class RouteContext {
  /** headers every answer to this request carries, success or error (e.g. X-App-Usage) */
  readonly headers: Record<string, string> = {};
  private caller: Caller | undefined;

  constructor(
    readonly world: World,
    readonly request: GraphRequest,
    /** the sandbox's own base URL, for paging links */
    readonly baseUrl: string,
  ) {}

  get params(): Record<string, string> {
    return this.request.params;
  }

  /** The token in `Authorization: Bearer|OAuth <t>` or the access_token parameter. */
  accessToken(): string | undefined {
    const header = this.request.authorization?.match(/^(?:Bearer|OAuth)\s+(\S+)\s*$/i)?.[1];
    return header ?? (this.request.params.access_token || undefined);
  }

  /** Missing → 104; unknown → 190; wrong or missing proof → 100 (docs/graph-api.md "appsecret_proof"); expired/invalidated → 190/subcode. */
  auth(): Caller {
    if (this.caller) return this.caller;
    const { app } = this.world;
    const accessToken = this.accessToken();
    if (!accessToken) throw fail.tokenRequired();
    const proof = this.request.params.appsecret_proof;
    if (accessToken.includes('|')) {
      if (accessToken !== `${app.id}|${app.secret}`) throw fail.badAppToken();
      // an app token needs no proof, but a proof that is sent must be right
      if (proof !== undefined && !proofMatches(app.secret, accessToken, proof)) throw fail.proofInvalid();
      this.caller = { kind: 'app' };
    } else {
      const token = this.world.registry.get(accessToken);
      if (!token) throw fail.cannotParseToken();
      // Tokens of other apps are checked against their own app's settings, which the sandbox does not model.
      if (token.appId === app.id) {
        if (proof === undefined && app.requireAppSecretProof) throw fail.proofRequired();
        if (proof !== undefined && !proofMatches(app.secret, accessToken, proof)) throw fail.proofInvalid();
      }
      const problem = tokenProblem(token, this.world.nowSec());
      if (problem !== undefined) throw fail.invalidToken(problem, tokenProblemMessage(problem, token, this.world.nowMs()));
      this.caller = { kind: 'token', token };
    }
    Object.assign(this.headers, this.world.throttle.appCall());
    return this.caller;
  }

  /** A user/system-user/page token (not the app token): /me and its edges need one (2500). */
  tokenCaller(): TokenRecord {
    const caller = this.auth();
    if (caller.kind !== 'token') throw fail.userTokenRequired();
    return caller.token;
  }

  /** The user or system user behind the caller's token. */
  identity(): string | undefined {
    const caller = this.auth();
    return caller.kind === 'token' ? caller.token.userId : undefined;
  }

  /** Scopes that work right now: none for the app token, none once a user token's data access expired. */
  hasAnyScope(...scopes: string[]): boolean {
    const caller = this.auth();
    if (caller.kind !== 'token' || isDataAccessExpired(caller.token, this.world.nowSec())) return false;
    return scopes.some((scope) => caller.token.scopes.includes(scope));
  }

  requireAnyScope(...scopes: string[]): void {
    if (!this.hasAnyScope(...scopes)) throw fail.permissions();
  }
}
