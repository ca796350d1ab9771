// Keyset pages of the lists shown newest first (webhooks, a webhook's deliveries, API keys, authorizations): ordered by
// (createdAt, id) descending, so a cursor (createdAt, id) resumes exactly after its row at any depth.
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

/** The position of the last row of a page: its creation time (epoch milliseconds) and its id. */
export interface NewestFirstCursor {
  createdAt: number;
  id: string;
}

interface Columns {
  createdAt: AnySQLiteColumn;
  id: AnySQLiteColumn;
}

/** The rows after the cursor's row (all rows without a cursor). */
export function after(columns: Columns, cursor: NewestFirstCursor | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const at = new Date(cursor.createdAt);
  return or(lt(columns.createdAt, at), and(eq(columns.createdAt, at), lt(columns.id, cursor.id)));
}

export const newestFirst = (columns: Columns) => [desc(columns.createdAt), desc(columns.id)] as const;
