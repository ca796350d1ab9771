import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * ADSAUTH_INTROSPECTION=false (the live-mode default) refuses __schema and __type as a validation
 * error; clients generate their types from the committed schema/schema.graphql instead.
 */
export function introspectionPlugins(enabled: boolean): Plugin[] {
  if (enabled) return [];
  return [{ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) }];
}
