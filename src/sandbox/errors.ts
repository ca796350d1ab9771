// Graph error envelopes (docs/graph-api.md "Error envelope") and the exact messages the sandbox answers with
// (docs/graph-api.md "Code exchange", "debug_token", "appsecret_proof", "Error envelope"). Route code throws a GraphFailure; the dispatcher turns it into HTTP 400 (unless
// said otherwise) with `{"error":{…,"fbtrace_id"}}`.
import { randomBytes } from 'node:crypto';

export interface GraphErrorBody {
  message: string;
  type: string;
  code: number;
  error_subcode?: number;
  is_transient?: boolean;
  fbtrace_id: string;
}

export interface FailureOptions {
  type?: string;
  subcode?: number;
  isTransient?: boolean;
  status?: number;
  headers?: Record<string, string>;
}

export class GraphFailure extends Error {
  readonly status: number;
  readonly type: string;
  readonly subcode: number | undefined;
  readonly isTransient: boolean | undefined;
  readonly headers: Record<string, string>;

  constructor(
    readonly code: number,
    message: string,
    options: FailureOptions = {},
  ) {
    super(message);
    this.status = options.status ?? 400;
    this.type = options.type ?? 'OAuthException';
    this.subcode = options.subcode;
    this.isTransient = options.isTransient;
    this.headers = options.headers ?? {};
  }

  envelope(fbtraceId: string): { error: GraphErrorBody } {
    return {
      error: {
        message: this.message,
        type: this.type,
        code: this.code,
        ...(this.subcode === undefined ? {} : { error_subcode: this.subcode }),
        ...(this.isTransient === undefined ? {} : { is_transient: this.isTransient }),
        fbtrace_id: fbtraceId,
      },
    };
  }

  withHeaders(headers: Record<string, string>): this {
    Object.assign(this.headers, headers);
    return this;
  }
}

/** Looks like Graph's: 23 base64url characters, e.g. AmFGcW_3hwDB7qFbl_QdebZ. */
export function newTraceId(): string {
  return randomBytes(17).toString('base64url');
}

const DOCS = 'Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api';

export const fail = {
  tokenRequired: () => new GraphFailure(104, 'An access token is required to request this resource.'),
  cannotParseToken: () => new GraphFailure(190, 'Invalid OAuth access token - Cannot parse access token'),
  /** an `id|secret` string that is not this app's token ([S8] variant for `123|abc`) */
  badAppToken: () => new GraphFailure(190, 'Error validating application. Cannot get application info due to a system error.'),
  invalidToken: (subcode: number, message: string) => new GraphFailure(190, message, { subcode }),
  proofRequired: () =>
    new GraphFailure(100, 'API calls from the server require an appsecret_proof argument', { type: 'GraphMethodException' }),
  proofInvalid: () => new GraphFailure(100, 'Invalid appsecret_proof provided in the API argument', { type: 'GraphMethodException' }),
  appTokenRequired: () =>
    new GraphFailure(100, '(#100) You must provide an app access token, or a user access token that is an owner or developer of the app'),
  userTokenRequired: () => new GraphFailure(2500, 'An active access token must be used to query information about the current user.'),
  unsupported: (method: string, objectId: string) =>
    new GraphFailure(
      100,
      `Unsupported ${method.toLowerCase()} request. Object with ID '${objectId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. ${DOCS}`,
      { type: 'GraphMethodException', subcode: 33 },
    ),
  unsupportedPost: () => new GraphFailure(100, `Unsupported post request. ${DOCS}`, { type: 'GraphMethodException', subcode: 33 }),
  /** wording UNVERIFIED (docs/graph-api.md "Scopes each call needs") */
  permissions: () => new GraphFailure(200, '(#200) Permissions error'),
  nonexistingField: (field: string, nodeType: string) =>
    new GraphFailure(100, `(#100) Tried accessing nonexisting field (${field}) on node type (${nodeType})`),
  param: (message: string) => new GraphFailure(100, `(#100) ${message}`),
  adAccountThrottled: () =>
    new GraphFailure(
      80004,
      '(#80004) There have been too many calls to this ad-account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting#ads-management.',
      { subcode: 2446079, isTransient: false },
    ),
  serviceUnavailable: () => new GraphFailure(2, '(#2) Service temporarily unavailable', { isTransient: true }),
  unknownError: () => new GraphFailure(1, 'An unknown error has occurred.', { status: 500, isTransient: true }),
  batchTooLarge: () =>
    new GraphFailure(100, 'Too many requests in batch message. Maximum batch size is 50', { type: 'GraphBatchException' }),
};
