import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, forwardConnection, forwardPageArgs } from '../cursors.ts';
import { builder, pageComplexity } from '../builder.ts';
import { AuthorizationRef } from './authorization.ts';
import { AuthorizationEventRef } from './authorization-event.ts';
import { totalCountField } from './counted-connection.ts';

// The history's cursor is (occurredAt, rowid): the rowid orders events of the same millisecond.
const encode = (event: { occurredAt: Date; rowId: number }) => encodeCursor({ createdAt: event.occurredAt, id: String(event.rowId) });

function decode(cursor: string | null | undefined) {
  const decoded = decodeCursor(cursor);
  if (!decoded) return undefined;
  const rowId = Number(decoded.id);
  if (!Number.isSafeInteger(rowId))
    throw new GraphQLError('after: this cursor was not produced by this list', { extensions: { code: 'BAD_USER_INPUT' } });
  return { occurredAt: decoded.createdAt, rowId };
}

builder.objectField(AuthorizationRef, 'history', (t) =>
  t.connection(
    {
      type: AuthorizationEventRef,
      description: `What happened to this authorization, newest first: state changes, failed checks, ad accounts gained or lost,
label edits, token replacements. Kept for ADSAUTH_HISTORY_DAYS (default 180). \`first\` is capped at 100.`,
      complexity: pageComplexity,
      resolve: async (row, args, context) => {
        const { first, after } = forwardPageArgs(args, decode);
        // Batched per request: a list of authorizations costs one statement for all their histories (src/loaders.ts).
        const page = await context.loaders.historyPage.load({ authorization: row, args: { first, after } });
        const totalCount = () => context.loaders.historyCount.load(row.id);
        return { ...forwardConnection(page.events, { hasNextPage: page.hasNextPage, after, cursorOf: encode }), totalCount };
      },
    },
    { name: 'AuthorizationEventConnection', fields: (t) => ({ totalCount: totalCountField(t) }) },
    { name: 'AuthorizationEventEdge' },
  ),
);
