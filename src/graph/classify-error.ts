// docs/graph-api.md "Error classes" as one pure function: a Graph error envelope (or its absence) → a typed GraphError.
import type { UsageReport } from './graph-api.ts';
import type { GraphErrorEnvelope } from './error-envelope.ts';
import {
  GraphClientError,
  GraphPermissionError,
  GraphReauthError,
  GraphThrottleError,
  GraphTransientError,
  GraphUnexpectedResponseError,
  type GraphError,
  type GraphErrorDetails,
} from './errors.ts';
import { throttleDetails } from './throttle-details.ts';

export interface GraphErrorInput {
  /** HTTP status of the response, or of the batch item. */
  httpStatus: number | undefined;
  envelope: GraphErrorEnvelope | undefined;
  usage: UsageReport | undefined;
  /** An endpoint label, used only in messages adsauth writes itself. */
  endpoint?: string | undefined;
}

const REAUTH_CODES = new Set([190, 102]);
const THROTTLE_CODES = new Set([4, 17, 32, 341, 613]);
const TRANSIENT_CODES = new Set([1, 2, 960]);
const PERMISSION_CODES = new Set([3, 10]);

export function classifyGraphError(input: GraphErrorInput): GraphError {
  const { envelope, httpStatus } = input;
  const where = input.endpoint ? ` for ${input.endpoint}` : '';
  if (!envelope) {
    const message = `Graph answered HTTP ${httpStatus ?? 'without a status'}${where} without an error body`;
    if (httpStatus !== undefined && httpStatus >= 500) return new GraphTransientError({ message, httpStatus });
    return new GraphUnexpectedResponseError({ message, httpStatus });
  }

  const details: GraphErrorDetails = {
    message: envelope.message,
    code: envelope.code,
    subcode: envelope.error_subcode,
    type: envelope.type,
    fbtraceId: envelope.fbtrace_id,
    httpStatus,
    isTransient: envelope.is_transient,
    userTitle: envelope.error_user_title,
    userMessage: envelope.error_user_msg,
  };
  const code = envelope.code ?? Number.NaN;
  const subcode = envelope.error_subcode;

  // Order matters: throttling and dead tokens win over is_transient, because retrying at once helps
  // neither (Meta marks some throttling errors is_transient), and 4841xxx throttles even under code 200.
  if (isThrottle(code, subcode)) return new GraphThrottleError({ ...details, ...throttleDetails(code, subcode, input.usage) });
  if (REAUTH_CODES.has(code)) return new GraphReauthError(details);
  if (envelope.is_transient === true || TRANSIENT_CODES.has(code)) return new GraphTransientError(details);
  if (PERMISSION_CODES.has(code) || (code >= 200 && code <= 299)) return new GraphPermissionError(details);
  if (httpStatus !== undefined && httpStatus >= 500 && envelope.code === undefined) return new GraphTransientError(details);
  return new GraphClientError(details);
}

function isThrottle(code: number, subcode: number | undefined): boolean {
  if (subcode !== undefined && subcode >= 4841000 && subcode <= 4841999) return true;
  return THROTTLE_CODES.has(code) || (code >= 80000 && code <= 80014);
}
