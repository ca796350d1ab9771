import type { Context } from '../context.ts';
import type { Actor } from '../domain/actor.ts';

/** Who a mutation acts for: the workspace, and the API key's name for `createdBy`. */
export function actorOf(context: Context): Actor {
  return { workspaceId: context.viewer.workspaceId, name: context.viewer.apiKeyName };
}
