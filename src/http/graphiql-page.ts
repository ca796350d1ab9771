import type { YogaServerOptions } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { pageSecurityHeaders, sha256Source } from './page-security.ts';

type RenderGraphiQL = NonNullable<YogaServerOptions<Record<string, never>, Context>['renderGraphiQL']>;

/**
 * GraphiQL's page with a Content-Security-Policy that allows exactly its own inline scripts, by
 * hash. Its options never change, so the page (9 MB with its assets inlined) is rendered and
 * hashed once.
 */
export function createGraphiQLPage(render: RenderGraphiQL) {
  let page: Promise<{ html: string; headers: Record<string, string> }> | undefined;
  const rendered = (options: Parameters<RenderGraphiQL>[0]) =>
    (page ??= Promise.resolve(render(options)).then((body) => {
      const html = String(body);
      return { html, headers: graphiqlHeaders(html) };
    }));
  return {
    render: async (options: Parameters<RenderGraphiQL>[0]) => (await rendered(options)).html,
    /** The page's security headers once it has been rendered. */
    headers: async (): Promise<Record<string, string> | undefined> => (page ? (await page).headers : undefined),
  };
}

function graphiqlHeaders(html: string): Record<string, string> {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => sha256Source(match[1]!));
  return pageSecurityHeaders({ scriptHashes: scripts, inlineStyleAttributes: true, workers: true });
}
