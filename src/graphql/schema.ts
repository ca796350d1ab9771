// Assembles the schema: importing each type file registers it with the builder.
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import './scalars.ts';
import './types/error.ts';
import './types/node.ts';
import './types/viewer.ts';
import './types/workspace.ts';
import './types/api-key.ts';

let schema: GraphQLSchema | undefined;

/** Built once per process, sorted so the printed SDL is stable. */
export function getSchema(): GraphQLSchema {
  schema ??= lexicographicSortSchema(builder.toSchema());
  return schema;
}
