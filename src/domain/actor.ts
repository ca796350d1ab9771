/** Who a change is made for: the workspace, and the API key's name (or a process) for the history. */
export interface Actor {
  workspaceId: string;
  /** API key name, or e.g. "reconnect-link" */
  name: string;
}
