// Typed Graph failures (docs/graph-api.md "Error envelope"). Messages come from Graph or from adsauth and never carry a
// token, a secret or a URL with query parameters.

export type GraphErrorClass = 'REAUTH' | 'PERMISSION' | 'THROTTLE' | 'TRANSIENT' | 'CLIENT';

export interface GraphErrorDetails {
  message: string;
  code?: number | undefined;
  subcode?: number | undefined;
  type?: string | undefined;
  fbtraceId?: string | undefined;
  httpStatus?: number | undefined;
  isTransient?: boolean | undefined;
  userTitle?: string | undefined;
  userMessage?: string | undefined;
}

export abstract class GraphError extends Error {
  abstract readonly errorClass: GraphErrorClass;
  readonly code: number | undefined;
  readonly subcode: number | undefined;
  readonly type: string | undefined;
  readonly fbtraceId: string | undefined;
  readonly httpStatus: number | undefined;
  readonly isTransient: boolean;
  readonly userTitle: string | undefined;
  readonly userMessage: string | undefined;

  constructor(details: GraphErrorDetails) {
    super(details.message);
    this.name = new.target.name;
    this.code = details.code;
    this.subcode = details.subcode;
    this.type = details.type;
    this.fbtraceId = details.fbtraceId;
    this.httpStatus = details.httpStatus;
    this.isTransient = details.isTransient ?? false;
    this.userTitle = details.userTitle;
    this.userMessage = details.userMessage;
  }
}

/** The token is expired, invalidated or revoked (190, 102): a person must reconnect. */
export class GraphReauthError extends GraphError {
  readonly errorClass = 'REAUTH' as const;
}

/** The token lacks a permission or the app a capability (10, 200–299, 3). */
export class GraphPermissionError extends GraphError {
  readonly errorClass = 'PERMISSION' as const;
}

export type ThrottleScope = 'app' | 'user' | 'ad_account' | 'page' | 'business' | 'unknown';

/** Rate limited (4, 17, 32, 341, 613, 800xx, 4841xxx): wait, then try again. */
export class GraphThrottleError extends GraphError {
  readonly errorClass = 'THROTTLE' as const;
  readonly scope: ThrottleScope;
  /** The bare ad-account or business id the limit applies to, when the headers say. */
  readonly objectId: string | undefined;
  /** How long to wait, from estimated_time_to_regain_access or reset_time_duration. */
  readonly retryAfterMs: number | undefined;

  constructor(details: GraphErrorDetails & { scope: ThrottleScope; objectId?: string | undefined; retryAfterMs?: number | undefined }) {
    super(details);
    this.scope = details.scope;
    this.objectId = details.objectId;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** Worth retrying: 1, 2, 960, 5xx, network failures, timeouts, and anything with is_transient. */
export class GraphTransientError extends GraphError {
  readonly errorClass = 'TRANSIENT' as const;
}

/** The call took longer than the client's timeout. */
export class GraphTimeoutError extends GraphTransientError {}

/** The caller's deadline passed (its signal fired): the call was cut short or never started, and is not retried. */
export class GraphDeadlineError extends GraphTimeoutError {}

/** A bad request that retrying will not fix (100 and its subcodes, 2635, and unclassified codes). */
export class GraphClientError extends GraphError {
  readonly errorClass = 'CLIENT' as const;
}

/** Graph answered with a body whose shape adsauth does not understand. */
export class GraphUnexpectedResponseError extends GraphClientError {}
