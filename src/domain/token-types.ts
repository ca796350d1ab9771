// The kinds of access token debug_token reports (docs/graph-api.md), and who provides authorizations. Pure.

/** debug_token's `type`; adsauth stores USER and SYSTEM_USER tokens and refuses the others. */
export const TOKEN_TYPES = ['USER', 'SYSTEM_USER', 'PAGE', 'APP'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

/** Who issues the tokens of an authorization: only Facebook today. */
export type AuthorizationProvider = 'facebook';
