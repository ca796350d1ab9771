// Assembles the schema: importing each type file registers it with the builder.
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import './scalars.ts';
import './types/error.ts';
import './types/node.ts';
import './types/viewer.ts';
import './types/workspace.ts';
import './types/api-key.ts';
import './types/authorization.ts';
import './types/authorizations-query.ts';
import './types/authorizations-summary.ts';
import './types/sweep.ts';
import './types/authorization-errors.ts';
import './types/account-list-full.ts';
import './types/ad-account.ts';
import './types/ad-account-connection.ts';
import './types/ad-account-errors.ts';
import './types/export-readiness.ts';
import './mutations/sync-ad-accounts.ts';
import './mutations/refresh-ad-account.ts';
import './types/facebook-app.ts';
import './types/access-level.ts';
import './mutations/start-facebook-oauth.ts';
import './mutations/start-facebook-business-login.ts';
import './mutations/complete-facebook-oauth.ts';
import './mutations/register-system-user-token.ts';
import './mutations/replace-system-user-token.ts';
import './mutations/update-authorization.ts';
import './mutations/delete-authorization.ts';
import './mutations/refresh-authorization.ts';
import './mutations/add-to-account-list.ts';
import './mutations/remove-from-account-list.ts';
import './types/authorization-history.ts';
import './subscriptions/authorization-events.ts';
import './types/webhook.ts';
import './mutations/create-webhook.ts';
import './mutations/delete-webhook.ts';

let schema: GraphQLSchema | undefined;

/** Built once per process, sorted so the printed SDL is stable. */
export function getSchema(): GraphQLSchema {
  schema ??= lexicographicSortSchema(builder.toSchema());
  return schema;
}
