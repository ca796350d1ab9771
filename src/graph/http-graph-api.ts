// The GraphApi over HTTP: graph.facebook.com in production, the sandbox in tests and sandbox mode.
// Each method names its request (docs/graph-api.md "Calls adsauth makes") and the schema of its answer; request.ts does the rest.
import { z } from 'zod';
import { appAccessToken, appSecretProof } from './appsecret-proof.ts';
import { runBatch } from './batch.ts';
import type { AdAccountRecord, DebugTokenInfo, GraphApi, GraphCallListener, GraphCallOptions } from './graph-api.ts';
import { AD_ACCOUNT_FIELDS } from './graph-api.ts';
import { GraphError, GraphUnexpectedResponseError } from './errors.ts';
import { endpointLabel } from './endpoint-label.ts';
import { collectPages } from './paging.ts';
import { createTransport, type GraphRequest } from './request.ts';
import {
  accessTokenSchema,
  adAccountSchema,
  clientBusinessSchema,
  appPermissionSchema,
  businessVerificationSchema,
  debugTokenSchema,
  parseGraphBody,
  permissionSchema,
  subscriptionsSchema,
  successSchema,
  systemUserSchema,
  tokenGrantSchema,
  userSchema,
} from './schemas.ts';

export interface HttpGraphApiOptions {
  /** injected; tests pass the global fetch pointed at the sandbox */
  fetch: typeof globalThis.fetch;
  /** https://graph.facebook.com or the sandbox URL, without version */
  baseUrl: string;
  /** v26.0 */
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
  const transport = createTransport({
    fetch: options.fetch,
    baseUrl: options.baseUrl,
    version: options.version,
    appSecret: options.appSecret,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxRetries: options.maxRetries ?? 3,
    retryBaseDelayMs: options.retryBaseDelayMs ?? 200,
    listener: options.listener,
  });
  const appToken = appAccessToken(options.appId, options.appSecret);

  async function call<T>(request: GraphRequest, schema: z.ZodType<T>, callOptions: GraphCallOptions | undefined): Promise<T> {
    const response = await transport.send(request, callOptions);
    return parseGraphBody(schema, response.body, endpointLabel(request.method, request.path));
  }

  /** Every item of a paged edge, each parsed with `schema`. */
  async function list<T>(
    accessToken: string,
    path: string,
    schema: z.ZodType<T>,
    params: Record<string, string | undefined>,
    callOptions: GraphCallOptions | undefined,
  ): Promise<T[]> {
    const firstPage = (await transport.send({ method: 'GET', path, accessToken, params }, callOptions)).body;
    return restOfList(firstPage, accessToken, path, schema, params, callOptions);
  }

  /** Every item of a paged edge whose first page is already here: only the further pages are requested. */
  async function restOfList<T>(
    firstPage: unknown,
    accessToken: string,
    path: string,
    schema: z.ZodType<T>,
    params: Record<string, string | undefined>,
    callOptions: GraphCallOptions | undefined,
  ): Promise<T[]> {
    const label = endpointLabel('GET', path);
    const items = await collectPages(
      async (after) =>
        after === undefined
          ? firstPage
          : (await transport.send({ method: 'GET', path, accessToken, params: { ...params, after } }, callOptions)).body,
      label,
    );
    return parseGraphBody(z.array(schema), items, label);
  }

  const adAccountParams = (pageSize: number | undefined) => ({
    fields: AD_ACCOUNT_FIELDS.join(','),
    limit: pageSize === undefined ? undefined : String(pageSize),
  });

  // Token exchanges are form POSTs, so the app secret, the code and the token stay out of every URL.
  const exchange = (params: Record<string, string | undefined>, callOptions: GraphCallOptions | undefined) =>
    call(
      { method: 'POST', path: 'oauth/access_token', params: { client_id: options.appId, client_secret: options.appSecret, ...params } },
      tokenGrantSchema,
      callOptions,
    );

  return {
    appId: options.appId,
    version: options.version,

    exchangeCode: ({ code, redirectUri }, callOptions) => exchange({ redirect_uri: redirectUri, code }, callOptions),

    exchangeForLongLivedToken: ({ accessToken, setTokenExpiresIn60Days }, callOptions) =>
      exchange(
        {
          grant_type: 'fb_exchange_token',
          fb_exchange_token: accessToken,
          set_token_expires_in_60_days: setTokenExpiresIn60Days ? 'true' : undefined,
        },
        callOptions,
      ),

    // GET only (docs/graph-api.md "debug_token request"): input_token must be in the query, which is why no URL is ever logged.
    debugToken: (inputToken, callOptions) =>
      call(
        { method: 'GET', path: 'debug_token', accessToken: appToken, params: { input_token: inputToken } },
        debugTokenSchema,
        callOptions,
      ),

    async debugTokens(inputTokens, callOptions) {
      const items = inputTokens.map((token) => ({
        method: 'GET' as const,
        relativeUrl: `debug_token?${new URLSearchParams({ input_token: token })}`,
      }));
      const results = await runBatch(transport, appToken, items, callOptions?.signal);
      return results.map((result): DebugTokenInfo | GraphError => {
        if (!result.ok) return result.error;
        const parsed = debugTokenSchema.safeParse(result.body);
        return parsed.success
          ? parsed.data
          : new GraphUnexpectedResponseError({
              message: 'Unexpected response shape from batch item GET debug_token',
              httpStatus: result.status,
            });
      });
    },

    getMe: (accessToken, callOptions) =>
      call({ method: 'GET', path: 'me', accessToken, params: { fields: 'id,name' } }, userSchema, callOptions),

    getPermissions: (accessToken, callOptions) => list(accessToken, 'me/permissions', permissionSchema, {}, callOptions),

    async revokePermissions(accessToken, userId, callOptions) {
      await call({ method: 'DELETE', path: `${encodeURIComponent(userId)}/permissions`, accessToken }, successSchema, callOptions);
    },

    getClientBusiness: (accessToken, callOptions) =>
      call({ method: 'GET', path: 'me', accessToken, params: { fields: 'id,client_business_id' } }, clientBusinessSchema, callOptions),

    fetchSystemUserAccessToken: (accessToken, clientBusinessId, callOptions) =>
      call(
        {
          method: 'POST',
          path: `${encodeURIComponent(clientBusinessId)}/system_user_access_tokens`,
          accessToken,
          params: { fetch_only: 'true' },
        },
        accessTokenSchema,
        callOptions,
      ),

    // The verify token travels in the form body, never in a URL.
    subscribeApp: (input, callOptions) =>
      call(
        {
          method: 'POST',
          path: `${encodeURIComponent(options.appId)}/subscriptions`,
          accessToken: appToken,
          params: {
            object: input.object,
            fields: input.fields.join(','),
            callback_url: input.callbackUrl,
            verify_token: input.verifyToken,
            include_values: String(input.includeValues),
          },
        },
        z.unknown(),
        callOptions,
      ),

    listSubscriptions: (callOptions) =>
      call(
        { method: 'GET', path: `${encodeURIComponent(options.appId)}/subscriptions`, accessToken: appToken },
        subscriptionsSchema,
        callOptions,
      ),

    listAdAccounts: (accessToken, listOptions, callOptions) =>
      list(accessToken, 'me/adaccounts', adAccountSchema, adAccountParams(listOptions?.pageSize), callOptions),

    // The batch goes out with the app token; each item names its own token and proof (docs/graph-api.md
    // "Batch requests"). The relative URLs travel in the POST body, never in a request URL.
    async listAdAccountsOfTokens(accessTokens, listOptions, callOptions) {
      const params = adAccountParams(listOptions?.pageSize);
      const query = (token: string) =>
        new URLSearchParams({
          ...(Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as Record<string, string>),
          access_token: token,
          appsecret_proof: appSecretProof(options.appSecret, token),
        });
      const items = accessTokens.map((token) => ({ method: 'GET' as const, relativeUrl: `me/adaccounts?${query(token)}` }));
      const results = await runBatch(transport, appToken, items, callOptions?.signal);
      return Promise.all(
        results.map(async (result, index): Promise<AdAccountRecord[] | GraphError> => {
          if (!result.ok) return result.error;
          try {
            return await restOfList(result.body, accessTokens[index]!, 'me/adaccounts', adAccountSchema, params, callOptions);
          } catch (error) {
            if (error instanceof GraphError) return error;
            throw error;
          }
        }),
      );
    },

    getAdAccount: (accessToken, accountId, callOptions) =>
      call(
        {
          method: 'GET',
          path: `act_${encodeURIComponent(accountId.replace(/^act_/, ''))}`,
          accessToken,
          params: { fields: AD_ACCOUNT_FIELDS.join(',') },
        },
        adAccountSchema,
        callOptions,
      ),

    listSystemUsers: (accessToken, businessId, callOptions) =>
      list(accessToken, `${encodeURIComponent(businessId)}/system_users`, systemUserSchema, {}, callOptions),

    getAppPermissions: (callOptions) =>
      list(appToken, `${encodeURIComponent(options.appId)}/permissions`, appPermissionSchema, {}, callOptions),

    getBusinessVerification: (businessId, callOptions) =>
      call(
        {
          method: 'GET',
          path: encodeURIComponent(businessId),
          accessToken: appToken,
          params: { fields: 'id,name,verification_status' },
        },
        businessVerificationSchema,
        callOptions,
      ),

    batch: (accessToken, items, callOptions) => runBatch(transport, accessToken, items, callOptions?.signal),
  };
}
