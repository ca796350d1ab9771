// POST / with batch=[…] (docs/graph-api.md "Batch requests"): at most 50 items, each run like a request of its own and
// answered in order as {code, headers:[{name,value}], body:"<JSON string>"}, or null when the
// batchNullRate fault (or a timeout fault) hits the item.
import { endpointLabel, logPath } from './call-log.ts';
import { fail } from './errors.ts';
import type { GraphReply, GraphRequest, RouteContext } from './graph-context.ts';
import { faultResult, logEntry, type GraphResult } from './graph-result.ts';

export const MAX_BATCH_ITEMS = 50;

interface BatchItemAnswer {
  code: number;
  headers?: { name: string; value: string }[];
  body: string;
}

export function batchRoute(ctx: RouteContext, execute: (request: GraphRequest) => GraphResult): GraphReply & { batchItems: number } {
  ctx.auth(); // the top-level token and its appsecret_proof (docs/graph-api.md "appsecret_proof")
  let items: unknown;
  try {
    items = JSON.parse(ctx.params.batch ?? '');
  } catch {
    items = undefined;
  }
  if (!Array.isArray(items)) throw fail.param('The parameter batch must be a JSON-encoded array');
  if (items.length > MAX_BATCH_ITEMS) throw fail.batchTooLarge();
  const includeHeaders = ctx.params.include_headers !== 'false';
  const body = items.map((item) => runItem(ctx, item, execute, includeHeaders));
  return { body, batchItems: items.length };
}

function runItem(
  ctx: RouteContext,
  raw: unknown,
  execute: (request: GraphRequest) => GraphResult,
  includeHeaders: boolean,
): BatchItemAnswer | null {
  const request = itemRequest(ctx, raw);
  const { world } = ctx;
  const fault = world.faults.forBatchItem(logPath(request.segments), endpointLabel(request.method, request.segments));
  if (fault === 'null' || fault === 'timeout') {
    world.log.record(logEntry(world, request, { status: 0, body: null, batchItems: undefined }));
    return null;
  }
  const result = fault ? faultResult(fault, request) : execute(request);
  world.log.record(logEntry(world, request, result));
  const answer: BatchItemAnswer = { code: result.status, body: JSON.stringify(result.body) };
  if (includeHeaders) answer.headers = Object.entries(result.headers).map(([name, value]) => ({ name, value }));
  return answer;
}

/**
 * An item inherits the top-level token and proof unless it names its own access_token (then it must
 * bring its own appsecret_proof too: per-item tokens are UNVERIFIED, docs/graph-api.md "appsecret_proof").
 */
function itemRequest(ctx: RouteContext, raw: unknown): GraphRequest {
  const item = (typeof raw === 'object' && raw !== null ? raw : {}) as { method?: unknown; relative_url?: unknown; body?: unknown };
  const method = typeof item.method === 'string' ? item.method.toUpperCase() : 'GET';
  const relativeUrl = typeof item.relative_url === 'string' ? item.relative_url : '';
  const url = new URL(relativeUrl.replace(/^\/+/, ''), 'http://batch.invalid/');
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const version = /^v\d+\.\d+$/.test(segments[0] ?? '') ? segments.shift() : ctx.request.version;
  const params: Record<string, string> = Object.fromEntries(url.searchParams);
  if (typeof item.body === 'string') Object.assign(params, Object.fromEntries(new URLSearchParams(item.body)));
  const ownToken = params.access_token !== undefined;
  if (!ownToken) {
    for (const key of ['access_token', 'appsecret_proof'] as const) {
      const value = ctx.params[key];
      if (value !== undefined) params[key] = value;
    }
  }
  return { method, segments, params, authorization: ownToken ? undefined : ctx.request.authorization, version, viaBatch: true };
}
