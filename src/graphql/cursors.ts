import { GraphQLError } from 'graphql';

/** Opaque cursors for lists ordered newest first by (createdAt, id). */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.getTime()}:${row.id}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): { createdAt: number; id: string } | undefined {
  if (!cursor) return undefined;
  const [at, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const createdAt = Number(at);
  const id = rest.join(':');
  if (!Number.isSafeInteger(createdAt) || !id) {
    throw new GraphQLError('after: this cursor was not produced by this list', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return { createdAt, id };
}

/** Forward pagination only: `last`/`before` are refused rather than silently ignored. */
export function forwardPageArgs<C>(
  args: { first?: number | null; last?: number | null; before?: string | null; after?: string | null },
  decode: (cursor: string | null | undefined) => C | undefined,
  defaultSize = 20,
) {
  if (args.last != null || args.before != null) {
    throw new GraphQLError('This list pages forward only: use first and after', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (args.first != null && args.first < 0)
    throw new GraphQLError('first must not be negative', { extensions: { code: 'BAD_USER_INPUT' } });
  return { first: args.first ?? defaultSize, after: decode(args.after) };
}

/** One forward page of a list that can also count every item that matches; the count runs only when asked. */
export interface CountedPage<T> {
  rows: readonly T[];
  hasNextPage: boolean;
  totalCount: () => number | Promise<number>;
}

/** One forward page as a Relay connection: edges with their cursors, and pageInfo. */
export function forwardConnection<T>(rows: readonly T[], page: { hasNextPage: boolean; after: unknown; cursorOf: (row: T) => string }) {
  const edges = rows.map((node) => ({ cursor: page.cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A counted page as a Relay connection; its connection type takes totalCountField (types/counted-connection.ts). */
export function countedConnection<T>(page: CountedPage<T>, options: { after: unknown; cursorOf: (row: T) => string }) {
  return { ...forwardConnection(page.rows, { hasNextPage: page.hasNextPage, ...options }), totalCount: page.totalCount };
}

export type CountedConnection<T> = ReturnType<typeof countedConnection<T>>;
