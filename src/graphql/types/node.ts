import { builder } from '../builder.ts';

/**
 * The Relay `Node` interface and `Query.node(id)`. Every Node type's loadOne/loadMany must return
 * null for an id that belongs to another workspace: `node(id)` is only as scoped as its loaders.
 */
export const NodeInterface = builder.nodeInterfaceRef();

/** Loader helper: the row when it belongs to the viewer's workspace, otherwise null. */
export function inViewerWorkspace<T extends { workspaceId: string }>(
  row: T | null | undefined,
  context: { viewer: { workspaceId: string } },
): T | null {
  return row && row.workspaceId === context.viewer.workspaceId ? row : null;
}
