// Cursor paging (docs/graph-api.md "Ad-account endpoints"): opaque base64 cursors, `limit` (default 25), `after` / `before`,
// `next` only when more items follow, `summary=total_count`.
import { fail } from './errors.ts';
import type { RouteContext } from './graph-context.ts';

export const DEFAULT_PAGE_SIZE = 25;

const encodeCursor = (key: string) => Buffer.from(`sbx:${key}`).toString('base64url');
const decodeCursor = (cursor: string) => {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('sbx:')) throw fail.param('Invalid cursor');
  return text.slice(4);
};

export interface Page<T> {
  data: T[];
  paging?: { cursors: { before: string; after: string }; previous?: string; next?: string };
  summary?: { total_count: number };
}

export function paginate<T>(
  ctx: RouteContext,
  items: readonly T[],
  keyOf: (item: T) => string,
  options: { alwaysSummary?: boolean } = {},
): Page<T> {
  const { limit: rawLimit, after, before, summary } = ctx.params;
  const limit = rawLimit === undefined || rawLimit === '' ? DEFAULT_PAGE_SIZE : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1) throw fail.param('The parameter limit must be a positive integer');
  const indexOf = (cursor: string) => {
    const index = items.findIndex((item) => keyOf(item) === decodeCursor(cursor));
    if (index === -1) throw fail.param('Invalid cursor');
    return index;
  };
  let start = 0;
  if (after) start = indexOf(after) + 1;
  else if (before) start = Math.max(0, indexOf(before) - limit);
  const end = before && !after ? indexOf(before) : Math.min(items.length, start + limit);
  const data = items.slice(start, end);
  const page: Page<T> = { data };
  if (data.length > 0) {
    const first = encodeCursor(keyOf(data[0]!));
    const last = encodeCursor(keyOf(data[data.length - 1]!));
    page.paging = { cursors: { before: first, after: last } };
    if (start > 0) page.paging.previous = link(ctx, { limit: String(limit), before: first });
    if (end < items.length) page.paging.next = link(ctx, { limit: String(limit), after: last });
  }
  if (options.alwaysSummary || summary === 'total_count' || summary === 'true') page.summary = { total_count: items.length };
  return page;
}

/**
 * The first page of an edge expanded inside another node's fields (`adspixels.limit(5){id,name}`): its
 * `next` points at the edge's own path (e.g. `act_1/adspixels`), as Graph's does.
 */
export function expandedEdgePage<T>(
  ctx: RouteContext,
  items: readonly T[],
  keyOf: (item: T) => string,
  edge: { path: string; limit: number | undefined; fields: string | undefined },
): Page<T> {
  const limit = edge.limit ?? DEFAULT_PAGE_SIZE;
  const data = items.slice(0, limit);
  if (data.length === 0) return { data };
  const after = encodeCursor(keyOf(data[data.length - 1]!));
  const page: Page<T> = { data, paging: { cursors: { before: encodeCursor(keyOf(data[0]!)), after } } };
  if (items.length > limit) {
    const query = new URLSearchParams({ ...(edge.fields ? { fields: edge.fields } : {}), limit: String(limit), after });
    const version = ctx.request.version ? `/${ctx.request.version}` : '';
    page.paging!.next = `${ctx.baseUrl}${version}/${edge.path}?${query}`;
  }
  return page;
}

/**
 * Absolute URL of another page. Real Graph puts access_token into these links; the sandbox leaves the
 * token and the proof out so they never end up in a URL that gets logged (the client adds its own).
 */
function link(ctx: RouteContext, cursor: Record<string, string>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(ctx.params)) {
    if (!['access_token', 'appsecret_proof', 'after', 'before', 'limit'].includes(key)) query.set(key, value);
  }
  for (const [key, value] of Object.entries(cursor)) query.set(key, value);
  const version = ctx.request.version ? `/${ctx.request.version}` : '';
  return `${ctx.baseUrl}${version}/${ctx.request.segments.join('/')}?${query}`;
}
