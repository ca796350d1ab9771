// PLACEHOLDER: the real implementation replaces this file (issue #2, Graph client).
import type { GraphApi, GraphCallListener } from './graph-api.ts';

export interface HttpGraphApiOptions {
  /** injected; tests pass the global fetch pointed at the sandbox */
  fetch: typeof globalThis.fetch;
  /** https://graph.facebook.com or the sandbox URL, without version */
  baseUrl: string;
  /** v25.0 */
  version: string;
  appId: string;
  appSecret: string;
  /** per-call timeout; default 10 000 ms */
  timeoutMs?: number;
  /** TRANSIENT retries; default 3 */
  maxRetries?: number;
  /** first backoff delay, doubled per retry with jitter; default 200 ms */
  retryBaseDelayMs?: number;
  listener?: GraphCallListener;
}

export function createHttpGraphApi(options: HttpGraphApiOptions): GraphApi {
  const notYet = () => Promise.reject(new Error('Graph client not implemented yet'));
  return {
    appId: options.appId,
    version: options.version,
    exchangeCode: notYet,
    exchangeForLongLivedToken: notYet,
    debugToken: notYet,
    debugTokens: notYet,
    getMe: notYet,
    getPermissions: notYet,
    revokePermissions: notYet,
    listAdAccounts: notYet,
    getAdAccount: notYet,
    listSystemUsers: notYet,
    batch: notYet,
  };
}
