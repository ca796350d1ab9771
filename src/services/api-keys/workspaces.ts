import type { WorkspaceRepository } from '../../repositories/workspaces.ts';

/** Workspaces by name, for the CLI's --workspace and for tools. They are created with their first API key. */
export function createWorkspaceService(deps: { workspaces: WorkspaceRepository }) {
  return {
    findByName: (name: string) => deps.workspaces.findByName(name),
  };
}
