import { GraphQLError } from 'graphql';
import { z } from 'zod';

const badCursor = () => new GraphQLError('after: this cursor was not produced by this list', { extensions: { code: 'BAD_USER_INPUT' } });

/** Opaque cursors for lists ordered newest first by (createdAt, id). */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.getTime()}:${row.id}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): { createdAt: number; id: string } | undefined {
  if (!cursor) return undefined;
  const [at, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const createdAt = Number(at);
  const id = rest.join(':');
  if (!Number.isSafeInteger(createdAt) || !id) throw badCursor();
  return { createdAt, id };
}

/** Opaque cursors for lists that can be sorted: the order they came from, the row's sort key and its id. */
export function encodeOrderedCursor(order: { field: string; direction: string }, position: { key: string | number; id: string }): string {
  return Buffer.from(JSON.stringify([order.field, order.direction, position.key, position.id])).toString('base64url');
}

const orderedCursor = z.tuple([z.string(), z.string(), z.union([z.string(), z.number()]), z.string().min(1)]);

/** A cursor resumes only the order it was made in: another order's position means nothing here. */
export function orderedCursorDecoder(order: { field: string; direction: string }) {
  return (cursor: string | null | undefined): { key: string | number; id: string } | undefined => {
    if (!cursor) return undefined;
    let parsed: z.infer<typeof orderedCursor>;
    try {
      parsed = orderedCursor.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    } catch {
      throw badCursor();
    }
    const [field, direction, key, id] = parsed;
    if (field !== order.field || direction !== order.direction) {
      throw new GraphQLError(`after: this cursor belongs to the order ${field} ${direction}, not ${order.field} ${order.direction}`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return { key, id };
  };
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

/** A counted connection over a list ordered newest first by (createdAt, id), read by `load` from the page args. */
export function newestFirstConnection<T extends { createdAt: Date; id: string }>(
  args: Parameters<typeof forwardPageArgs>[0],
  load: (page: { first: number; after: ReturnType<typeof decodeCursor> }) => CountedPage<T>,
) {
  const page = forwardPageArgs(args, decodeCursor);
  return countedConnection(load(page), { after: page.after, cursorOf: encodeCursor });
}
