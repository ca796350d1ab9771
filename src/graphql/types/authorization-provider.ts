import type { AuthorizationProvider } from '../../domain/token-types.ts';
import { builder } from '../builder.ts';
import { describedValues } from './enum-values.ts';

const descriptions = {
  facebook: 'Facebook (Meta): Facebook Login, Business Manager system users and Login for Business.',
} satisfies Record<AuthorizationProvider, string>;

export const AuthorizationProviderEnum = builder.enumType('AuthorizationProvider', {
  description: 'Who issues the tokens of an authorization.',
  values: describedValues(descriptions),
});
