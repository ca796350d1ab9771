// The sandbox dialog for a system-user configuration (Login for Business): the person picks a
// business and the ad accounts it shares with the app. Everything from the request or the world is escaped.
import { escapeHtml, hiddenInputs, layout, picker } from './dialog-page.ts';
import type { SandboxAdAccount, SandboxBusiness, SandboxUser } from './types.ts';

export interface BusinessConsentPageInput {
  appName: string;
  formAction: string;
  hidden: Record<string, string>;
  users: SandboxUser[];
  user: SandboxUser | undefined;
  businesses: SandboxBusiness[];
  business: SandboxBusiness | undefined;
  /** the ad accounts of the picked business, offered as assets */
  accounts: SandboxAdAccount[];
  /** the configuration's permissions: all granted, or none */
  scopes: string[];
  /** this page's link with one parameter changed */
  linkWith: (name: string, value: string) => string;
}

export function businessConsentPage(input: BusinessConsentPageInput): string {
  const hidden = hiddenInputs(input.hidden);
  const assets = input.accounts
    .map(
      (a) =>
        `<li><label><input type="checkbox" name="asset.${escapeHtml(a.accountId)}" value="1" checked> ${escapeHtml(a.name)} <span class="tag">act_${escapeHtml(a.accountId)}</span></label></li>`,
    )
    .join('');
  const scopes = input.scopes.map((s) => `<li>${escapeHtml(s)}</li>`).join('');
  const allow =
    input.user && input.business
      ? `<button type="submit" name="action" value="allow">Connect ${escapeHtml(input.business.name)}</button>`
      : '';
  return layout(
    `Connect a business to ${input.appName}`,
    `<h1>${escapeHtml(input.appName)}</h1><span class="tag">Graph sandbox · Facebook Login for Business</span>
<form method="post" action="${escapeHtml(input.formAction)}">${hidden}
<h2>Log in as</h2>${input.users.length ? picker(input.users, input.user, (id) => input.linkWith('sandbox_user', id)) : '<p>The sandbox has no users yet.</p>'}
<h2>Business portfolio</h2>${input.businesses.length ? picker(input.businesses, input.business, (id) => input.linkWith('sandbox_business', id)) : '<p>The sandbox has no businesses yet.</p>'}
<h2>Ad accounts to share</h2><ul>${assets || '<li class="declined">This business has no ad accounts.</li>'}</ul>
<h2>${escapeHtml(input.appName)} will be able to</h2><ul>${scopes}</ul>
<div class="actions">${allow}<button type="submit" name="action" value="cancel">Cancel</button></div>
</form>`,
  );
}
