// A Graph answer as the HTTP layer and the batch send it, the answers to injected faults, and what the
// call log keeps of a request.
import { endpointLabel, logPath } from './call-log.ts';
import { fail, newTraceId } from './errors.ts';
import type { Fault } from './faults.ts';
import { DEFAULT_VERSION, type GraphRequest } from './graph-context.ts';
import type { SandboxCall } from './types.ts';
import type { World } from './world.ts';

export interface GraphResult {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  /** set on batch requests: how many items they held */
  batchItems?: number | undefined;
}

/** The answer to an injected fault (docs/sandbox.md: Faults). */
export function faultResult(fault: Exclude<Fault, 'timeout'>, request: GraphRequest): GraphResult {
  const failure = {
    http500: fail.unknownError,
    code2: fail.serviceUnavailable,
    code190: () =>
      fail.invalidToken(
        460,
        'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
      ),
  }[fault]();
  const traceId = newTraceId();
  return { status: failure.status, body: failure.envelope(traceId), headers: baseHeaders(request, traceId) };
}

/** What the call log keeps of a request and its answer. */
export function logEntry(world: World, request: GraphRequest, result: Pick<GraphResult, 'status' | 'body' | 'batchItems'>): SandboxCall {
  const error = (result.body as { error?: { code?: unknown } } | null)?.error;
  return {
    at: world.nowMs(),
    method: request.method,
    path: logPath(request.segments),
    endpoint: endpointLabel(request.method, request.segments),
    status: result.status,
    errorCode: result.status !== 200 && typeof error?.code === 'number' ? error.code : undefined,
    batchItems: result.batchItems,
    viaBatch: request.viaBatch,
  };
}

export function baseHeaders(request: GraphRequest, traceId: string): Record<string, string> {
  return {
    'Content-Type': 'application/json; charset=UTF-8',
    'x-fb-trace-id': traceId,
    'facebook-api-version': request.version ?? DEFAULT_VERSION,
  };
}
