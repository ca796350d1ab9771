// Authorization.adAccounts: the stored ad accounts of an authorization, by name. Database only.
import { GraphQLError } from 'graphql';
import type { AdAccountCursor } from '../../services/ad-accounts/ad-account-queries.ts';
import { builder, pageComplexity } from '../builder.ts';
import { forwardConnection, forwardPageArgs } from '../cursors.ts';
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
      complexity: pageComplexity,
      args: { filter: t.arg({ type: AdAccountFilterInput }) },
      resolve: (authorization, args, context) => {
        const { first, after } = forwardPageArgs(args, decodeCursor);
        const page = context.services.adAccounts.page(authorization, {
          first,
          after,
          filter: { status: args.filter?.status ?? undefined, ready: args.filter?.ready ?? undefined },
        });
        return { ...forwardConnection(page.rows, { hasNextPage: page.hasNextPage, after, cursorOf: encodeCursor }), totalCount: page.totalCount };
      },
    },
    {
      name: 'AdAccountConnection',
      fields: (t) => ({ totalCount: t.int({ resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount }) }),
    },
  ),
);
