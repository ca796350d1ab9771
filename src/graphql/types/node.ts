import { builder } from '../builder.ts';

/**
 * The Relay `Node` interface and `Query.node(id)`. Every Node type's loadOne/loadMany must return
 * null for an id that belongs to another workspace: `node(id)` is only as scoped as its loaders.
 */
export const NodeInterface = builder.nodeInterfaceRef();
