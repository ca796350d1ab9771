import type { ApiKeyRow } from '../../services/records.ts';
import { builder, pageComplexity } from '../builder.ts';
import { newestFirstConnection } from '../cursors.ts';
import { totalCountField } from './counted-connection.ts';
import { RoleEnum } from './viewer.ts';

const ApiKeyRef = builder.objectRef<ApiKeyRow>('ApiKey').implement({
  description: 'An API key of the workspace. The key itself is shown once, at creation; only its hash is stored.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The id that `adsauth api-keys revoke` takes.' }),
    name: t.exposeString('name'),
    role: t.field({ type: RoleEnum, resolve: (key) => key.role }),
    keyPrefix: t.exposeString('keyPrefix', { description: 'The first characters of the key, to tell keys apart.' }),
    createdAt: t.field({ type: 'DateTime', resolve: (key) => key.createdAt }),
    lastUsedAt: t.field({ type: 'DateTime', nullable: true, resolve: (key) => key.lastUsedAt }),
    revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: (key) => key.revokedAt }),
  }),
});

builder.queryField('apiKeys', (t) =>
  t.connection(
    {
      type: ApiKeyRef,
      description: "The workspace's API keys, newest first, revoked ones included. ADMIN only. `first` is capped at 100.",
      authScopes: { admin: true },
      complexity: pageComplexity,
      resolve: (_root, args, context) =>
        newestFirstConnection(args, (page) => context.services.apiKeys.page(context.viewer.workspaceId, page)),
    },
    { name: 'ApiKeyConnection', fields: (t) => ({ totalCount: totalCountField(t) }) },
  ),
);
