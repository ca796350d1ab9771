// A minimal, self-contained HTML page for the browser-facing OAuth routes.
import { pageSecurityHeaders, sha256Source } from '../http/page-security.ts';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function htmlPage(input: {
  status: number;
  title: string;
  message: string;
  ok: boolean;
  /** An inline script, allowed by its hash (and nothing else). */
  script?: string | undefined;
}): Response {
  const colour = input.ok ? '#1a7f37' : '#b42318';
  const style = `body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2328}
h1{font-size:1.4rem;color:${colour}}p{margin:.5rem 0}`;
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(input.title)} · adsauth</title>
<style>${style}</style></head>
<body><h1>${escape(input.title)}</h1><p>${escape(input.message)}</p><p>You can close this window.</p>${input.script ? `<script>${input.script}</script>` : ''}</body></html>`;
  const scriptHashes = input.script ? [sha256Source(input.script)] : [];
  return new Response(body, {
    status: input.status,
    headers: { 'content-type': 'text/html; charset=utf-8', ...pageSecurityHeaders({ styleHashes: [sha256Source(style)], scriptHashes }) },
  });
}

/** 303 to `target` with extra query parameters, keeping the ones it already has. */
export function redirectWith(target: string, params: Record<string, string>): Response {
  const url = new URL(target);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return redirect(303, url.toString());
}

/** A redirect that is never cached and tells the next site nothing about where the browser came from. */
export function redirect(status: 302 | 303, location: string): Response {
  return new Response(null, { status, headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' } });
}
