import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * ADSAUTH_INTROSPECTION=false (the live-mode default) refuses `__schema`, the field that lists the
 * whole schema, as a validation error; clients generate their types from the committed
 * schema/schema.graphql instead. `__type(name:)` stays: it describes only a type whose name the
 * client already knows, and GraphQL-over-HTTP clients (and the graphql-http audit) ask it.
 */
export function introspectionPlugins(enabled: boolean): Plugin[] {
  if (enabled) return [];
  return [{ onValidate: ({ addValidationRule }) => addValidationRule(noSchemaListing) }];
}

const noSchemaListing: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value !== '__schema') return;
    context.reportError(
      new GraphQLError('Schema introspection (__schema) is off on this gateway; use the published schema/schema.graphql.', { nodes: node }),
    );
  },
});
