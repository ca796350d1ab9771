// The connections that also say how many items match in all, beyond the page: one result shape
// (countedConnection in ../cursors.ts) and one totalCount field, for the relay plugin's connection options.
import type { ObjectFieldBuilder } from '@pothos/core';
import type { builder } from '../builder.ts';
import type { CountedConnection } from '../cursors.ts';

type Types = typeof builder.$inferSchemaTypes;

/** `fields: (t) => ({ totalCount: totalCountField(t) })`: counts only when a client selects it. */
export function totalCountField<Connection extends Pick<CountedConnection<unknown>, 'totalCount'>>(
  t: ObjectFieldBuilder<Types, Connection>,
) {
  return t.int({ resolve: (connection) => connection.totalCount() });
}
