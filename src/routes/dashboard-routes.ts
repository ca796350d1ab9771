// The reference dashboard (web/): its built files from web/dist, at `/`, with a strict CSP.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { pageSecurityHeaders } from '../http/page-security.ts';
import { htmlPage } from './html-page.ts';

export interface DashboardOptions {
  /** ADSAUTH_DASHBOARD. */
  enabled: boolean;
  /** Sandbox mode only: the page opens signed in with this key. Never set in live mode. */
  sandboxApiKey: string | undefined;
  /** ADSAUTH_TRUSTED_DOCUMENTS is set: the page sends document hashes instead of document text. */
  trustedDocuments: boolean;
  /** Default: web/dist beside the sources (tsx) or beside dist/cli.js (the bundle). */
  distDir?: string;
}

/** The client-side pages; every other path is left to the other routes (Meta's /webhooks/facebook among them). */
const PAGE = /^\/(?:authorizations(?:\/[\w%=-]+)?|app|webhooks)?\/?$/;
const ASSET = /^\/assets\/[\w.-]+$/;
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export function useDashboard(options: DashboardOptions): Plugin {
  if (!options.enabled) return {};
  const distDir = options.distDir ?? findDistDir();
  let indexHtml: string | undefined;
  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (PAGE.test(url.pathname)) {
        indexHtml ??= distDir ? withRuntimeSettings(readFileSync(join(distDir, 'index.html'), 'utf8'), options) : undefined;
        endResponse(indexHtml ? pageResponse(indexHtml) : notBuilt());
      } else if (ASSET.test(url.pathname) && distDir) {
        endResponse(await assetResponse(join(distDir, url.pathname)));
      }
    },
  };
}

function findDistDir(): string | undefined {
  const candidates = ['../web/dist', '../../web/dist'].map((path) => fileURLToPath(new URL(path, import.meta.url)));
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

/** Settings the page reads from <meta> tags, so the CSP needs no inline script. */
function withRuntimeSettings(html: string, options: DashboardOptions): string {
  const meta = [
    `<meta name="adsauth-trusted-documents" content="${options.trustedDocuments}">`,
    ...(options.sandboxApiKey ? [`<meta name="adsauth-sandbox-api-key" content="${options.sandboxApiKey}">`] : []),
  ];
  return html.replace('</head>', `${meta.join('')}</head>`);
}

function pageResponse(html: string): Response {
  return new Response(html, {
    headers: { 'content-type': 'text/html; charset=utf-8', ...pageSecurityHeaders({ selfAssets: true }) },
  });
}

function notBuilt(): Response {
  return htmlPage({ status: 503, ok: false, title: 'The dashboard is not built', message: 'Run `npm run build`, then reload.' });
}

async function assetResponse(file: string): Promise<Response> {
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // Vite puts a content hash in every asset's name.
      'cache-control': 'public, max-age=31536000, immutable',
    },
  });
}
