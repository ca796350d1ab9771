// One Graph call: URL, bearer token, appsecret_proof, timeout, retries of TRANSIENT failures, the
// caller's deadline, and the listener. URLs may carry secrets in their query (debug_token's input_token), so none is ever put into
// an error message: errors name the endpoint label only.
import type { GraphCallListener, GraphCallOptions, GraphCallOutcome, UsageReport } from './graph-api.ts';
import { appSecretProof } from './appsecret-proof.ts';
import { classifyGraphError } from './classify-error.ts';
import { adAccountIdOf, endpointLabel } from './endpoint-label.ts';
import { parseErrorEnvelope, redactEnvelope } from './error-envelope.ts';
import { GraphDeadlineError, GraphError, GraphTimeoutError, GraphTransientError, GraphUnexpectedResponseError } from './errors.ts';
import { lookupFetchHeaders, parseUsageHeaders } from './usage-headers.ts';

export interface GraphRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** After the version, without a leading slash; '' is the batch root. */
  path: string;
  /** Query parameters for GET and DELETE, form fields for POST. */
  params?: Record<string, string | undefined>;
  /** Sent as `Authorization: Bearer`, with its appsecret_proof as a parameter. */
  accessToken?: string;
  /** `failures`: only failed attempts count as calls (a batch envelope; its items are the calls). */
  report?: 'always' | 'failures';
}

export interface GraphResponse {
  status: number;
  body: unknown;
  usage: UsageReport | undefined;
}

export interface TransportOptions {
  fetch: typeof globalThis.fetch;
  baseUrl: string;
  version: string;
  appSecret: string;
  timeoutMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  listener: GraphCallListener | undefined;
}

export type GraphTransport = ReturnType<typeof createTransport>;

/** Parameters whose values are secrets: scrubbed from any message Graph sends back. */
const SECRET_PARAMS = ['access_token', 'appsecret_proof', 'client_secret', 'code', 'fb_exchange_token', 'input_token'];

export function secretValues(params: URLSearchParams): string[] {
  return SECRET_PARAMS.flatMap((key) => params.getAll(key));
}

export function createTransport(options: TransportOptions) {
  const root = `${options.baseUrl.replace(/\/+$/, '')}/${options.version}/`;

  async function attempt(request: GraphRequest, endpoint: string, deadline: AbortSignal | undefined): Promise<GraphResponse> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(request.params ?? {})) if (value !== undefined) params.set(key, value);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (request.accessToken !== undefined) {
      headers.authorization = `Bearer ${request.accessToken}`;
      params.set('appsecret_proof', appSecretProof(options.appSecret, request.accessToken));
    }
    const secrets = [options.appSecret, ...(request.accessToken ? [request.accessToken] : []), ...secretValues(params)];

    const query = request.method !== 'POST' && params.size > 0 ? `?${params}` : '';
    const body = request.method === 'POST' ? params : undefined;
    const response = await fetchWithTimeout(
      `${root}${request.path}${query}`,
      { method: request.method, headers, body },
      endpoint,
      deadline,
    );

    const usage = parseUsageHeaders(lookupFetchHeaders(response.headers));
    if (usage) reportUsage(usage);
    const json = parseJson(response.text);
    const envelope = parseErrorEnvelope(json);
    if (response.status >= 200 && response.status < 300 && !envelope) {
      if (json === undefined)
        throw new GraphUnexpectedResponseError({
          message: `Graph answered ${endpoint} with a body that is not JSON`,
          httpStatus: response.status,
        });
      return { status: response.status, body: json, usage };
    }
    throw classifyGraphError({ httpStatus: response.status, envelope: envelope && redactEnvelope(envelope, secrets), usage, endpoint });
  }

  async function fetchWithTimeout(url: string, init: RequestInit, endpoint: string, deadline: AbortSignal | undefined) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    const abort = () => controller.abort();
    deadline?.addEventListener('abort', abort, { once: true });
    try {
      const response = await options.fetch(url, { ...init, signal: controller.signal });
      // The timeout covers the body too: a server can stall after sending the headers.
      return { status: response.status, headers: response.headers, text: await response.text() };
    } catch (error) {
      if (deadline?.aborted) throw deadlineError(endpoint);
      if (controller.signal.aborted) {
        throw new GraphTimeoutError({ message: `Graph call ${endpoint} timed out after ${options.timeoutMs} ms` });
      }
      throw new GraphTransientError({ message: `Graph call ${endpoint} failed: network error${networkCode(error)}` });
    } finally {
      clearTimeout(timer);
      deadline?.removeEventListener('abort', abort);
    }
  }

  /**
   * Sends one request; retries TRANSIENT failures with exponential backoff and jitter. Once the
   * caller's signal has fired, the attempt in flight is aborted and no attempt or retry starts.
   */
  async function send(request: GraphRequest, call: GraphCallOptions = {}): Promise<GraphResponse> {
    const endpoint = endpointLabel(request.method, request.path);
    const adAccountId = adAccountIdOf(request.path);
    let lastError: GraphError | undefined;
    for (let retry = 0; ; retry++) {
      // After a failure, what Graph said tells more than "the deadline passed".
      if (call.signal?.aborted) throw lastError ?? deadlineError(endpoint);
      try {
        const response = await attempt(request, endpoint, call.signal);
        if (request.report !== 'failures') reportCall({ endpoint, ok: true, errorCode: undefined, batchItem: false, adAccountId });
        return response;
      } catch (error) {
        if (!(error instanceof GraphError)) throw error;
        reportCall({ endpoint, ok: false, errorCode: error.code, batchItem: false, adAccountId });
        if (!(error instanceof GraphTransientError) || error instanceof GraphDeadlineError || retry >= options.maxRetries) throw error;
        lastError = error;
        await sleep(backoffMs(options.retryBaseDelayMs, retry), call.signal);
      }
    }
  }

  function reportCall(outcome: GraphCallOutcome) {
    options.listener?.onCall?.(outcome);
  }

  function reportUsage(usage: UsageReport) {
    options.listener?.onUsage?.(usage);
  }

  return {
    send,
    reportCall,
    reportUsage,
    appSecret: options.appSecret,
    maxRetries: options.maxRetries,
    retryBaseDelayMs: options.retryBaseDelayMs,
  };
}

/** Delay before retry number `retry` (0-based): base · 2^retry, scaled by a random 0.5–1.5. */
export function backoffMs(baseMs: number, retry: number): number {
  return Math.round(baseMs * 2 ** retry * (0.5 + Math.random()));
}

/** Waits `ms`, or less when `signal` fires first (the caller then checks the signal). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

export function deadlineError(endpoint: string): GraphDeadlineError {
  return new GraphDeadlineError({ message: `Facebook did not answer ${endpoint} within the request's deadline` });
}

/** Undefined when the text is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Only the error code (ECONNREFUSED …): undici's messages and causes can name the host and port. */
function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? ` (${cause.code})` : '';
}
