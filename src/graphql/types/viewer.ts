import { ROLES, type Role } from '../../domain/roles.ts';
import type { Viewer } from '../../services/api-keys/api-keys.ts';
import { builder } from '../builder.ts';
import { WorkspaceRef } from './workspace.ts';

export const RoleEnum = builder.enumType('Role', {
  description:
    "What an API key may do: VIEWER reads, EDITOR also changes authorizations, ADMIN also manages its workspace's webhooks, OPERATOR (created only by the CLI) also changes app-wide state such as the account list.",
  values: ROLES,
});

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The API key that made this request.',
  fields: (t) => ({
    workspace: t.field({
      type: WorkspaceRef,
      resolve: (viewer) => ({ id: viewer.workspaceId, name: viewer.workspaceName }),
    }),
    role: t.field({ type: RoleEnum, resolve: (viewer): Role => viewer.role }),
    apiKeyName: t.exposeString('apiKeyName'),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Who is asking: the workspace and role of the API key.',
    resolve: (_root, _args, context) => context.viewer,
  }),
);
