// A Pothos plugin that answers Node types' `id` fields without a promise. The relay plugin resolves
// every global id through an async resolver, so a page of 500 ad accounts made 500 promises for ids
// that are only a base64 string of fields already in hand (npm run bench:api).
import SchemaBuilder, { BasePlugin, isThenable, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLFieldResolver } from 'graphql';

type IdResolver = (parent: unknown, args: object, context: object, info: unknown) => unknown;

export class SyncNodeIdsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: GraphQLFieldResolver<unknown, Types['Context'], object>, fieldConfig: PothosOutputFieldConfig<Types>) {
    if (fieldConfig.kind !== 'Object' || fieldConfig.name !== 'id') return resolver;
    const typeConfig = this.buildCache.getTypeConfig(fieldConfig.parentType);
    const id = (typeConfig.pothosOptions as { id?: { resolve?: IdResolver } }).id;
    // Only builder.node types name an `id` option; a custom global-id encoder would also need the promise-free path.
    if (typeConfig.kind !== 'Object' || !id?.resolve || this.builder.options.relay?.encodeGlobalID) return resolver;
    const idOf = id.resolve;
    const typename = typeConfig.name;
    const sync: GraphQLFieldResolver<unknown, Types['Context'], object> = (parent, args, context, info) => {
      const raw = idOf(parent, args, context, info);
      // As the relay plugin does it, unless the id is not a plain value: then the relay plugin's own resolver answers.
      return raw == null || isThenable(raw) ? resolver(parent, args, context, info) : encodeGlobalID(typename, String(raw));
    };
    return sync;
  }
}

const pluginName = 'syncNodeIds';
SchemaBuilder.registerPlugin(pluginName, SyncNodeIdsPlugin);
export default pluginName;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      syncNodeIds: SyncNodeIdsPlugin<Types>;
    }
  }
}
