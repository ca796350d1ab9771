// A browser's walk through the Graph sandbox's consent page over HTTP: open the authorize URL, tick or
// untick the offered scopes, press a button, and read where the dialog sends the browser back to.
import { expect } from 'vitest';

const unescapeHtml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);

/** A sandbox dialog's form (the user or the Login for Business one): where it posts, and its hidden fields. */
export function dialogForm(html: string) {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no consent form in:\n${html}`);
  const fields = new URLSearchParams();
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    fields.set(unescapeHtml(name!), unescapeHtml(value!));
  return { action: unescapeHtml(action), fields };
}

/** The consent page's form: hidden fields, the scopes offered (ticked), those shown as declined before, the person picked. */
export function consentForm(html: string) {
  const { action, fields } = dialogForm(html);
  const offered = [...html.matchAll(/<input type="checkbox" name="grant\.([^"]+)" value="1" checked>/g)].map((m) => unescapeHtml(m[1]!));
  const declinedBefore = [...html.matchAll(/<input type="checkbox" disabled> ([^ <]+) —/g)].map((m) => unescapeHtml(m[1]!));
  const continueAs = /<button type="submit" name="action" value="allow">Continue as ([^<]+)<\/button>/.exec(html)?.[1];
  return { action, fields, offered, declinedBefore, continueAs: continueAs && unescapeHtml(continueAs) };
}

/** Opens the dialog, presses the button with `untick` unticked; `back` is the redirect URI with Facebook's answer. */
export async function throughDialog(authorizeUrl: string, choice: { button: 'allow' | 'cancel'; untick?: string[] }) {
  const page = await fetch(authorizeUrl, { redirect: 'manual' });
  expect(page.status).toBe(200);
  const form = consentForm(await page.text());
  for (const scope of form.offered) if (!choice.untick?.includes(scope)) form.fields.set(`grant.${scope}`, '1');
  form.fields.set('action', choice.button);
  const submitted = await fetch(new URL(form.action, authorizeUrl), { method: 'POST', body: form.fields, redirect: 'manual' });
  expect(submitted.status).toBe(302);
  return { ...form, back: new URL(submitted.headers.get('location')!) };
}

/**
 * The browser following the dialog's redirect to the gateway's callback. The configured redirect URI names
 * a port nothing listens on, so the hop goes to where the test gateway listens, with the same path and query.
 */
export function landOnGateway(back: URL, gatewayUrl: string): Promise<Response> {
  return fetch(`${gatewayUrl}${back.pathname}${back.search}`, { redirect: 'manual' });
}
