// Authorization.adAccounts: the stored ad accounts of an authorization, by name. Database only.
import { GraphQLError } from 'graphql';
import type { AdAccountCursor } from '../../services/ad-account-queries.ts';
import { builder } from '../builder.ts';
import { AdAccountRef, AdAccountStatusEnum } from './ad-account.ts';
import { AuthorizationRef } from './authorization.ts';

const AdAccountFilterInput = builder.inputType('AdAccountFilter', {
  fields: (t) => ({
    status: t.field({ type: AdAccountStatusEnum }),
    ready: t.boolean({ description: 'Only accounts that are (true) or are not (false) ready for EXPORT_AUDIENCES.' }),
  }),
});

const encodeCursor = (row: AdAccountCursor) => Buffer.from(JSON.stringify([row.name, row.accountId])).toString('base64url');

function decodeCursor(cursor: string | null | undefined): AdAccountCursor | undefined {
  if (!cursor) return undefined;
  try {
    const [name, accountId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof name === 'string' && typeof accountId === 'string') return { name, accountId };
  } catch {
    // falls through to the error below
  }
  throw new GraphQLError('after: this cursor was not produced by this list', { extensions: { code: 'BAD_USER_INPUT' } });
}

builder.objectField(AuthorizationRef, 'adAccounts', (t) =>
  t.connection(
    {
      type: AdAccountRef,
      description: 'The ad accounts the token reaches, as of the last sync, by name. Reads the database only. `first` is capped at 100.',
      args: { filter: t.arg({ type: AdAccountFilterInput }) },
      resolve: (authorization, args, context) => {
        if (args.last != null || args.before != null) {
          throw new GraphQLError('This list pages forward only: use first and after', { extensions: { code: 'BAD_USER_INPUT' } });
        }
        if (args.first != null && args.first < 0) throw new GraphQLError('first must not be negative', { extensions: { code: 'BAD_USER_INPUT' } });
        const after = decodeCursor(args.after);
        const page = context.services.adAccounts.page(authorization, {
          first: args.first ?? 20,
          after,
          filter: { status: args.filter?.status ?? undefined, ready: args.filter?.ready ?? undefined },
        });
        const edges = page.rows.map((row) => ({ cursor: encodeCursor(row), node: row }));
        return {
          edges,
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: after !== undefined,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
          totalCount: page.totalCount,
        };
      },
    },
    {
      name: 'AdAccountConnection',
      fields: (t) => ({ totalCount: t.int({ resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount }) }),
    },
  ),
);
