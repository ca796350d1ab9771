import { builder } from '../builder.ts';

export interface WorkspaceShape {
  id: string;
  name: string;
}

export const WorkspaceRef = builder.node(builder.objectRef<WorkspaceShape>('Workspace'), {
  description: 'A tenant: every authorization, ad account and API key belongs to exactly one workspace.',
  id: { resolve: (workspace) => workspace.id },
  // An API key sees only its own workspace; any other workspace id loads as null.
  loadOne: (id, context) => (id === context.viewer.workspaceId ? { id, name: context.viewer.workspaceName } : null),
  fields: (t) => ({
    name: t.exposeString('name'),
  }),
});
