// The HTML of the sandbox's OAuth dialog: a consent page and an error page. Everything that comes
// from the request or the world is escaped.
import type { SandboxUser } from './types.ts';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
  body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; background: #f0f2f5; color: #1c1e21; margin: 0; }
  main { max-width: 460px; margin: 48px auto; background: #fff; border-radius: 10px; box-shadow: 0 2px 12px rgba(0,0,0,.12); padding: 24px 28px; }
  h1 { font-size: 20px; margin: 0 0 4px; }
  .tag { display: inline-block; font-size: 12px; color: #65676b; background: #e4e6eb; border-radius: 4px; padding: 1px 6px; }
  h2 { font-size: 14px; color: #65676b; margin: 20px 0 8px; text-transform: uppercase; letter-spacing: .03em; }
  ul { list-style: none; padding: 0; margin: 0; }
  li { padding: 6px 0; border-bottom: 1px solid #eee; }
  li:last-child { border-bottom: 0; }
  a { color: #1877f2; text-decoration: none; }
  .current { font-weight: 600; }
  .declined { color: #8a8d91; }
  .actions { display: flex; flex-direction: row-reverse; gap: 12px; margin-top: 24px; }
  button { flex: 1; font: inherit; font-weight: 600; border: 0; border-radius: 6px; padding: 10px; cursor: pointer; }
  button[value=allow] { background: #1877f2; color: #fff; }
  button[value=cancel] { background: #e4e6eb; color: #1c1e21; }
  code { font-size: 13px; }
`;

export function layout(title: string, content: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${content}</main></body></html>`;
}

export function errorPage(title: string, detail: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p><p class="tag">Graph sandbox</p>`);
}

/** The dialog's own parameters, sent back with the form. */
export function hiddenInputs(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
}

/** A list to pick one item from: the current one marked, the others links to this page with that one picked. */
export function picker<T extends { id: string; name: string }>(items: T[], current: T | undefined, href: (id: string) => string): string {
  return `<ul>${items
    .map((item) =>
      item.id === current?.id
        ? `<li class="current">● ${escapeHtml(item.name)} <span class="tag">${escapeHtml(item.id)}</span></li>`
        : `<li><a href="${escapeHtml(href(item.id))}">○ ${escapeHtml(item.name)}</a> <span class="tag">${escapeHtml(item.id)}</span></li>`,
    )
    .join('')}</ul>`;
}

export interface ConsentPageInput {
  appName: string;
  formAction: string;
  /** the dialog's own parameters, sent back as hidden fields */
  hidden: Record<string, string>;
  users: SandboxUser[];
  user: SandboxUser | undefined;
  /** link to this page with another user picked */
  pickUserHref: (userId: string) => string;
  /** scopes to ask for, and scopes declined before that are not asked again (no auth_type=rerequest) */
  asked: string[];
  declinedBefore: string[];
  /** a Login for Business configuration: its permissions are granted all together or not at all, so nothing can be unticked */
  allOrNothing: boolean;
}

export function consentPage(input: ConsentPageInput): string {
  const hidden = hiddenInputs(input.hidden);
  const users = input.users.length
    ? picker(input.users, input.user, input.pickUserHref)
    : '<p>The sandbox has no users yet. Create one with <code>POST /__sandbox/users</code>.</p>';
  const scopes = [
    ...input.asked.map((s) =>
      input.allOrNothing
        ? `<li>${escapeHtml(s)}</li>`
        : `<li><label><input type="checkbox" name="grant.${escapeHtml(s)}" value="1" checked> ${escapeHtml(s)}</label></li>`,
    ),
    ...input.declinedBefore.map(
      (s) =>
        `<li class="declined"><label><input type="checkbox" disabled> ${escapeHtml(s)} — you declined this before, so it is not asked again</label></li>`,
    ),
  ].join('');
  // Allow comes first so Enter submits it; row-reverse still shows it on the right
  const allow = input.user ? `<button type="submit" name="action" value="allow">Continue as ${escapeHtml(input.user.name)}</button>` : '';
  return layout(
    `Log in to ${input.appName}`,
    `<h1>${escapeHtml(input.appName)}</h1><span class="tag">Graph sandbox · Facebook Login</span>
<form method="post" action="${escapeHtml(input.formAction)}">${hidden}
<h2>Log in as</h2>${users}
<h2>${escapeHtml(input.appName)} is requesting</h2><ul>${scopes}</ul>
<div class="actions">${allow}<button type="submit" name="action" value="cancel">Cancel</button></div>
</form>`,
  );
}
