/** The most rows one page of a list holds, whatever `first` asks for. */
export const MAX_PAGE_SIZE = 100;

/** One page of a counted connection: its rows, whether more follow, and the total, counted only when asked. */
export interface CountedPage<T> {
  rows: T[];
  hasNextPage: boolean;
  totalCount: () => number;
}

/** Reads one row beyond the page (`first`, capped at MAX_PAGE_SIZE) to tell whether another page follows. */
export function countedPage<T>(first: number, read: (limit: number) => T[], count: () => number): CountedPage<T> {
  const limit = Math.max(0, Math.min(first, MAX_PAGE_SIZE));
  const rows = read(limit + 1);
  return { rows: rows.slice(0, limit), hasNextPage: rows.length > limit, totalCount: count };
}
