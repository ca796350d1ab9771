// Authorization.adAccounts: the stored ad accounts of an authorization, by name. Database only.
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { AdAccountCursor } from '../../services/ad-accounts/ad-account-queries.ts';
import { builder, pageComplexity } from '../builder.ts';
import { countedConnection, forwardPageArgs } from '../cursors.ts';
import { AdAccountRef, AdAccountStatusEnum } from './ad-account.ts';
import { AuthorizationRef } from './authorization.ts';
import { totalCountField } from './counted-connection.ts';

const AdAccountFilterInput = builder.inputType('AdAccountFilter', {
  fields: (t) => ({
    status: t.field({ type: AdAccountStatusEnum }),
    ready: t.boolean({ description: 'Only accounts that are (true) or are not (false) ready for EXPORT_AUDIENCES.' }),
  }),
});

const encodeCursor = (row: AdAccountCursor) => Buffer.from(JSON.stringify([row.name, row.accountId])).toString('base64url');

const cursorShape = z.tuple([z.string(), z.string()]);

function decodeCursor(cursor: string | null | undefined): AdAccountCursor | undefined {
  if (!cursor) return undefined;
  try {
    const decoded = cursorShape.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (decoded.success) return { name: decoded.data[0], accountId: decoded.data[1] };
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
      resolve: async (authorization, args, context) => {
        const { first, after } = forwardPageArgs(args, decodeCursor);
        const filter = { status: args.filter?.status ?? undefined, ready: args.filter?.ready ?? undefined };
        // Batched per request: a list of authorizations costs one statement for all their pages (src/loaders.ts).
        const page = await context.loaders.adAccountPage.load({ authorization, args: { first, after, filter } });
        const totalCount = () => page.totalCount ?? context.loaders.adAccountCount.load({ authorization, args: filter });
        return countedConnection({ ...page, totalCount }, { after, cursorOf: encodeCursor });
      },
    },
    { name: 'AdAccountConnection', fields: (t) => ({ totalCount: totalCountField(t) }) },
  ),
);
