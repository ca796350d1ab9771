import { TOKEN_TYPES, type TokenType } from '../../domain/token-types.ts';
import { builder } from '../builder.ts';
import { describedValues, knownOr } from './enum-values.ts';

const descriptions = {
  USER: "A Facebook user's token, from Facebook Login.",
  SYSTEM_USER: "A Business Manager system user's token.",
  PAGE: 'A Page token.',
  APP: 'An app token.',
} satisfies Record<TokenType, string>;

export const TokenTypeEnum = builder.enumType('TokenType', {
  description: "The kind of access token, as Facebook's debug_token reports it.",
  values: describedValues(descriptions, 'A kind Facebook reported that adsauth does not know.'),
});

/** What Facebook said the token is: a kind adsauth does not know is UNKNOWN. */
export const tokenTypeOf = (reported: string) => knownOr(TOKEN_TYPES, reported);
