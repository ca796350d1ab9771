// The callback page opened in a popup tells its opener how the connection ended, so a frontend need not
// poll the popup: `{ type: "adsauth:oauth", authorizationId }` or `{ type: "adsauth:oauth", error }`.
// Posted only to the page's own origin and the origins of ADSAUTH_ALLOWED_RETURN_URLS: the browser
// delivers it only when the opener's origin is one of them, and never to "*".

export const OPENER_MESSAGE_TYPE = 'adsauth:oauth';

type OpenerMessage = { type: typeof OPENER_MESSAGE_TYPE } & ({ authorizationId: string } | { error: string });

/** JSON that cannot end the <script> element it is written into. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The inline script: posts to each allowed origin (the browser drops the copies whose origin is not the
 * opener's), then closes the popup. Without an opener (a plain tab) it does nothing and the page stays.
 */
export function openerScript(message: OpenerMessage, allowedOrigins: readonly string[]): string {
  return `(function () {
  var opener = window.opener;
  if (!opener || opener === window) return;
  var message = ${scriptJson(message)};
  var origins = [window.location.origin].concat(${scriptJson(allowedOrigins)});
  for (var i = 0; i < origins.length; i++) opener.postMessage(message, origins[i]);
  window.close();
})();`;
}
