import { builder } from '../builder.ts';

export interface WorkspaceShape {
  id: string;
  name: string;
}

export const WorkspaceRef = builder.objectRef<WorkspaceShape>('Workspace').implement({
  description: 'A tenant: every authorization, ad account and API key belongs to exactly one workspace.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
  }),
});
