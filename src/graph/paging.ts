// Cursor paging (docs/graph-api.md "Ad-account endpoints"): send `after` with the same `limit` until a page comes without `next`.
// Pages may be short (privacy filtering), so the page size never ends the loop.
import { GraphUnexpectedResponseError } from './errors.ts';
import { pageSchema, parseGraphBody } from './schemas.ts';

export type FetchPage = (after: string | undefined) => Promise<unknown>;

/** Every item of every page, in order. `endpoint` only labels errors. */
export async function collectPages(fetchPage: FetchPage, endpoint: string): Promise<unknown[]> {
  const items: unknown[] = [];
  const seenCursors = new Set<string>();
  let after: string | undefined;
  for (;;) {
    const page = parseGraphBody(pageSchema, await fetchPage(after), endpoint);
    items.push(...page.data);
    if (!page.paging?.next) return items;
    after = page.paging.cursors?.after;
    // A `next` without a fresh cursor would loop for ever.
    if (!after || seenCursors.has(after)) {
      throw new GraphUnexpectedResponseError({ message: `Paging of ${endpoint} gave a next page without a new after cursor` });
    }
    seenCursors.add(after);
  }
}
