// The zod plugin, minus its cost on fields with nothing to validate. The plugin validates the arguments of
// every field that takes an input object, even one whose fields carry no rule, and it does so
// asynchronously: Authorization.adAccounts(filter) paid a zod parse and two promises per authorization of
// a page (npm run bench:api). Fields with a rule anywhere in their arguments are validated as before.
import SchemaBuilder, { type PothosInputFieldConfig, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { PothosZodPlugin } from '@pothos/plugin-zod';
import type { GraphQLFieldResolver } from 'graphql';

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types['Context'], object>;

const hasRule = (options: object) => (options as { validate?: unknown }).validate !== undefined;

export class ZodWhereValidatedPlugin<Types extends SchemaTypes> extends PothosZodPlugin<Types> {
  override wrapResolve(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> {
    return this.validates(fieldConfig) ? super.wrapResolve(resolver, fieldConfig) : resolver;
  }

  override wrapSubscribe(subscribe: Resolver<Types> | undefined, fieldConfig: PothosOutputFieldConfig<Types>) {
    return this.validates(fieldConfig) ? super.wrapSubscribe(subscribe, fieldConfig) : subscribe;
  }

  private validates(fieldConfig: PothosOutputFieldConfig<Types>): boolean {
    const seen = new Set<string>();
    return hasRule(fieldConfig.pothosOptions) || Object.values(fieldConfig.args).some((arg) => this.argValidates(arg, seen));
  }

  /** Whether the argument, or any field of its input type (however deep), has a rule. */
  private argValidates(field: PothosInputFieldConfig<Types>, seen: Set<string>): boolean {
    if (hasRule(field.pothosOptions)) return true;
    const type = field.type.kind === 'List' ? field.type.type : field.type;
    if (type.kind !== 'InputObject') return false;
    const config = this.buildCache.getTypeConfig(type.ref, 'InputObject');
    if (seen.has(config.name)) return false;
    seen.add(config.name);
    if (hasRule(config.pothosOptions)) return true;
    return [...this.builder.configStore.getFields(config.name, 'InputObject').values()].some((inner) => this.argValidates(inner, seen));
  }
}

const pluginName = 'zodWhereValidated';
SchemaBuilder.registerPlugin(pluginName, ZodWhereValidatedPlugin);
export default pluginName;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      zodWhereValidated: ZodWhereValidatedPlugin<Types>;
    }
  }
}
