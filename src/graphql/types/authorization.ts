import { GraphQLError } from 'graphql';
import { AUTHORIZATION_METHODS } from '../../domain/health-issues.ts';
import { HEALTHS } from '../../domain/token-state.ts';
import { supportedJobTypes } from '../../domain/job-types.ts';
import type { AuthorizationRecord } from '../../services/records.ts';
import { builder } from '../builder.ts';
import { AuthorizationProviderEnum } from './authorization-provider.ts';
import { JobTypeEnum, TokenStateEnum, TokenStatusRef } from './token-status.ts';

export const AuthorizationMethodEnum = builder.enumType('AuthorizationMethod', {
  description:
    'FACEBOOK_USER: a person connected through the Facebook dialog. SYSTEM_USER: a Business Manager system-user token. BUSINESS_INTEGRATION: a client business connected through Facebook Login for Business (a business integration system-user token that reaches only the assets the client picked).',
  values: AUTHORIZATION_METHODS,
});

export const AuthorizationHealthEnum = builder.enumType('AuthorizationHealth', {
  description:
    'HEALTHY for VALID and EXPIRING_SOON, UNHEALTHY for the other states; UNKNOWN while unchecked, or after ADSAUTH_UNKNOWN_AFTER_FAILURES failed checks in a row (Facebook could not be asked).',
  values: HEALTHS,
});

const FacebookIdentityRef = builder.objectRef<{ id: string; name: string | null }>('FacebookIdentity').implement({
  description: 'The Facebook user or system user behind a token.',
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name', { nullable: true }),
  }),
});

export const AuthorizationRef = builder.node(builder.objectRef<AuthorizationRecord>('Authorization'), {
  description: 'A Facebook authorization of this workspace. The token itself never leaves adsauth.',
  id: { resolve: (row) => row.id },
  loadMany: (ids, context) => {
    const rows = new Map(context.services.authorizations.getMany(context.viewer.workspaceId, ids).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  },
  fields: (t) => ({
    label: t.exposeString('label'),
    description: t.exposeString('description', { nullable: true }),
    provider: t.field({ type: AuthorizationProviderEnum, resolve: () => 'facebook' as const }),
    method: t.field({ type: AuthorizationMethodEnum, resolve: (row) => row.method }),
    health: t.field({ type: AuthorizationHealthEnum, resolve: (row, _args, context) => context.services.authorizationHealth.of(row) }),
    tokenStatus: t.field({
      type: TokenStatusRef,
      args: {
        maxAgeSeconds: t.arg.int({
          description:
            'Re-check against Facebook first when the last check is older than this (batched: 50 tokens per Graph request). Without it, the stored status is returned. ' +
            'Facebook is asked about one authorization at most once per ADSAUTH_MIN_RECHECK_SECONDS (default 60), whoever asks; a fresher answer than that gets the last one, and checkedAt says when it was made. ' +
            "The stored status is also the answer when this API key has used its Graph allowance, when the app's Graph usage is near Facebook's limit, " +
            "and, with lastCheckError set, when Facebook did not answer within the request's deadline. " +
            'The other fields of the same Authorization in this response (health, supportedJobTypes) still show the stored check; query again to see them updated.',
        }),
      },
      // Not async: the stored status, the usual answer, is returned as it is rather than in a promise, and
      // the argument is checked here rather than with the zod plugin's `validate`, which parses the
      // arguments asynchronously on every call. This field runs once per authorization of a page.
      resolve: (row, args, context) => {
        if (args.maxAgeSeconds != null && args.maxAgeSeconds < 0) {
          throw new GraphQLError('maxAgeSeconds must not be negative', { extensions: { code: 'BAD_USER_INPUT' } });
        }
        if (args.maxAgeSeconds == null || !context.services.authorizations.recheckDue(row, args.maxAgeSeconds)) return row;
        // No error for a spent budget: the stored status, with its checkedAt, is a fine answer to a read.
        if (!context.graphBudget.trySpend()) return row;
        return context.loaders.tokenRecheck.load(row.id);
      },
    }),
    tokenFingerprint: t.exposeString('tokenFingerprint', { description: 'The last four characters of the token, e.g. "…a1b2".' }),
    facebookUser: t.field({
      type: FacebookIdentityRef,
      nullable: true,
      resolve: (row) => (row.facebookUserId ? { id: row.facebookUserId, name: row.facebookUserName } : null),
    }),
    businessId: t.exposeString('businessId', { nullable: true }),
    clientBusinessId: t.exposeString('clientBusinessId', {
      nullable: true,
      description: 'BUSINESS_INTEGRATION: the business portfolio of the client that connected through Login for Business.',
    }),
    delegatedAssetIds: t.exposeStringList('delegatedAssetIds', {
      nullable: true,
      description:
        "BUSINESS_INTEGRATION: the asset ids the client picked in the dialog, as Meta gives them (debug_token's granular_scopes target_ids).",
    }),
    ownerEmail: t.exposeString('ownerEmail', { nullable: true, description: 'Where notification email about this authorization goes.' }),
    supportedJobTypes: t.field({ type: [JobTypeEnum], resolve: (row) => supportedJobTypes(row) }),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (row) => row.updatedAt }),
    createdBy: t.exposeString('createdBy', { nullable: true, description: 'The name of the API key that created it.' }),
  }),
});

export { TokenStateEnum };
