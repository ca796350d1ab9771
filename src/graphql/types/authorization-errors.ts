// The typed errors of the authorization mutations: each a member of some mutation's result union.
import {
  CodeExchangeFailed,
  DuplicateToken,
  FacebookUserMismatch,
  GraphUnavailable,
  InvalidOAuthState,
  InvalidToken,
  LoginNotConfigured,
  MissingPermissions,
  NotFound,
  OAuthDenied,
  SystemUserMismatch,
  ValidationError,
  WrongTokenType,
} from '../../domain/authorization-errors.ts';
import { RateLimited } from '../../domain/graph-budget-errors.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { ErrorInterface } from './error.ts';
import { TokenTypeEnum, tokenTypeOf } from './token-type.ts';

const interfaces = [ErrorInterface];

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'An input value was refused; `field` names it.',
  interfaces,
  fields: (t) => ({ field: t.exposeString('field') }),
});

builder.objectType(NotFound, {
  name: 'NotFound',
  interfaces,
  fields: (t) => ({ resource: t.exposeString('resource') }),
});

builder.objectType(InvalidOAuthState, {
  name: 'InvalidOAuthState',
  description: 'The state is unknown, expired (10 minutes), already used, or from another workspace. Facebook was not called.',
  interfaces,
  fields: () => ({}),
});

builder.objectType(OAuthDenied, {
  name: 'OAuthDenied',
  description: 'The person cancelled on Facebook (error=access_denied).',
  interfaces,
  fields: (t) => ({
    errorReason: t.exposeString('reason', { nullable: true, description: "Facebook's error_reason, e.g. user_denied." }),
    errorDescription: t.exposeString('description', { nullable: true }),
  }),
});

builder.objectType(CodeExchangeFailed, {
  name: 'CodeExchangeFailed',
  description: 'Facebook refused the authorization code: used, expired, or for another redirect URI.',
  interfaces,
  fields: (t) => ({
    graphCode: t.exposeInt('graphCode', { nullable: true }),
    graphSubcode: t.exposeInt('graphSubcode', { nullable: true }),
  }),
});

const InvalidTokenReason = builder.enumType('InvalidTokenReason', { values: ['NOT_VALID', 'OTHER_APP'] as const });

builder.objectType(InvalidToken, {
  name: 'InvalidToken',
  description: 'Facebook says the token is not valid, or it belongs to another app.',
  interfaces,
  fields: (t) => ({ reason: t.field({ type: InvalidTokenReason, resolve: (error) => error.reason }) }),
});

builder.objectType(WrongTokenType, {
  name: 'WrongTokenType',
  description: 'The token is of another kind than this method takes (e.g. a user token given as a system-user token).',
  interfaces,
  fields: (t) => ({
    tokenType: t.field({ type: TokenTypeEnum, description: 'The kind the token is.', resolve: (error) => tokenTypeOf(error.tokenType) }),
    expected: t.field({ type: TokenTypeEnum, description: 'The kind this method takes.', resolve: (error) => tokenTypeOf(error.expected) }),
  }),
});

builder.objectType(MissingPermissions, {
  name: 'MissingPermissions',
  interfaces,
  fields: (t) => ({ missingScopes: t.exposeStringList('missingScopes') }),
});

builder.objectType(DuplicateToken, {
  name: 'DuplicateToken',
  description: 'The same token is already registered in this workspace.',
  interfaces,
  fields: (t) => ({
    authorizationId: t.id({
      description: 'The global id of the authorization that holds it.',
      resolve: (error) => encodeGlobalID('Authorization', error.authorizationId),
    }),
  }),
});

builder.objectType(FacebookUserMismatch, {
  name: 'FacebookUserMismatch',
  description: 'Another Facebook user than the one this authorization belongs to completed its re-authorization. Nothing was changed.',
  interfaces,
  fields: () => ({}),
});

builder.objectType(SystemUserMismatch, {
  name: 'SystemUserMismatch',
  description:
    "The replacement token belongs to another system user than the authorization's; a rotation keeps the identity unless allowIdentityChange is true. Nothing was changed.",
  interfaces,
  fields: () => ({}),
});

builder.objectType(GraphUnavailable, {
  name: 'GraphUnavailable',
  description:
    "Facebook could not be reached, throttled the call, refused it, or did not answer within the request's deadline (ADSAUTH_REQUEST_DEADLINE_MS). Nothing was saved.",
  interfaces,
  fields: (t) => ({ retryable: t.exposeBoolean('retryable') }),
});

const RateLimitScopeEnum = builder.enumType('RateLimitScope', {
  description:
    "API_KEY: this key used its allowance of Graph-calling requests (ADSAUTH_KEY_GRAPH_CALLS_PER_MINUTE). APP_USAGE: the app's Graph usage is at ADSAUTH_REQUEST_USAGE_CEILING or Facebook throttles it; the rest is kept for the health sweep.",
  values: ['API_KEY', 'APP_USAGE'] as const,
});

builder.objectType(RateLimited, {
  name: 'RateLimited',
  description:
    'adsauth did not call Facebook, to keep the app within its Graph budget. Nothing was changed; try again after retryAfterSeconds.',
  interfaces,
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds'),
    scope: t.field({ type: RateLimitScopeEnum, resolve: (error) => error.scope }),
  }),
});

builder.objectType(LoginNotConfigured, {
  name: 'LoginNotConfigured',
  description: 'The Login for Business configuration this needs is not set; `setting` names the environment setting.',
  interfaces,
  fields: (t) => ({ setting: t.exposeString('setting') }),
});
