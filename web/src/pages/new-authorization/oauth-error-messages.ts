// How a Facebook connection ended badly, in words for the person: the same for the popup and the redirect.

/** The callback's error codes (README "Connecting a Facebook user"), in words for the person. */
const ERROR_MESSAGES: Record<string, string> = {
  access_denied: 'The Facebook connection was cancelled. Nothing was saved.',
  invalid_state: 'This connection attempt expired or was already used. Start again.',
  code_exchange_failed: 'Facebook refused to complete the connection. Start again.',
  invalid_token: 'Facebook returned a token that cannot be used. Start again.',
  wrong_token_type: 'Facebook returned the wrong kind of token. Check the Login for Business configuration.',
  missing_permissions: 'The connection lacks permissions the jobs need. Start again and keep every permission ticked.',
  wrong_facebook_user: 'This authorization belongs to another Facebook user. Sign in to Facebook as that user and try again.',
  temporarily_unavailable: 'Facebook could not be reached. Try again in a moment.',
};
const FALLBACK = 'The Facebook connection failed. Try again.';

/** The sentence for an error code of the callback (its page's message, or the redirect's `error` parameter). */
export function oauthErrorMessage(code: string): string {
  return ERROR_MESSAGES[code] ?? FALLBACK;
}
