import { getTableColumns, type Column, type InferSelectModel, type Table } from 'drizzle-orm';

/**
 * Decodes the raw values of a statement that selects every column of `table`, in the table's column
 * order (`db.select().from(table)`, or `.select(getTableColumns(table))` with joins), with each
 * column's own drizzle decoder: timestamps become Dates, booleans booleans, JSON parsed. drizzle's
 * generic row mapping walks a path of keys for every column of every row; on the hot pages (500 ad
 * accounts, 50 authorizations) it cost more CPU than SQLite's read. Read with the prepared
 * statement's `values()`.
 */
export function tableRows<T extends Table>(table: T): (values: unknown[][]) => InferSelectModel<T>[] {
  return columnRows(getTableColumns(table)) as (values: unknown[][]) => InferSelectModel<T>[];
}

/** As tableRows, for a statement that selects `columns` (`.select(columns)`), in their order, and maybe more after them. */
export function columnRows<Columns extends Record<string, Column>>(
  columns: Columns,
): (
  values: unknown[][],
) => { [K in keyof Columns]: Columns[K]['_']['notNull'] extends true ? Columns[K]['_']['data'] : Columns[K]['_']['data'] | null }[] {
  const entries = Object.entries(columns);
  const keys = entries.map(([key]) => key);
  const decoders = entries.map(([, column]) => column);
  return (values) =>
    values.map((value) => {
      const row: Record<string, unknown> = {};
      // An indexed loop: this runs for every column of every row.
      for (let i = 0; i < keys.length; i++) {
        const raw = value[i];
        row[keys[i]!] = raw === null || raw === undefined ? null : decoders[i]!.mapFromDriverValue(raw);
      }
      return row as never;
    });
}
