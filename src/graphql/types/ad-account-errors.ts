import { TokenNotUsable } from '../../domain/ad-account-errors.ts';
import { builder } from '../builder.ts';
import { ErrorInterface } from './error.ts';
import { TokenStateEnum } from './token-status.ts';

builder.objectType(TokenNotUsable, {
  name: 'TokenNotUsable',
  description: 'The token is EXPIRED, INVALIDATED or REVOKED, so Facebook was not called. Renew it first.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ state: t.field({ type: TokenStateEnum, resolve: (error) => error.state }) }),
});
