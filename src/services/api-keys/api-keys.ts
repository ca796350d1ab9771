import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.ts';
import type { Role } from '../../domain/roles.ts';
import type { ApiKeyRepository, ApiKeyRow } from '../../repositories/api-keys.ts';
import type { WorkspaceRepository, WorkspaceRow } from '../../repositories/workspaces.ts';

export interface Viewer {
  workspaceId: string;
  workspaceName: string;
  role: Role;
  apiKeyId: string;
  apiKeyName: string;
}

export interface CreatedApiKey {
  /** Shown once; only its hash is stored. */
  secret: string;
  key: ApiKeyRow;
  workspace: WorkspaceRow;
}

const KEY_PREFIX = 'adsk_';

export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function createApiKeyService(deps: { apiKeys: ApiKeyRepository; workspaces: WorkspaceRepository; clock: Clock }) {
  const { apiKeys, workspaces, clock } = deps;
  return {
    /** Creates a key in the named workspace, creating the workspace when it does not exist yet. */
    create(input: { workspaceName: string; name: string; role: Role }): CreatedApiKey {
      const workspace = workspaces.findByName(input.workspaceName) ?? workspaces.create(input.workspaceName, clock.now());
      const secret = KEY_PREFIX + randomBytes(32).toString('base64url');
      const key = apiKeys.insert({
        workspaceId: workspace.id,
        name: input.name,
        role: input.role,
        keyHash: hashApiKey(secret),
        keyPrefix: secret.slice(0, KEY_PREFIX.length + 6),
        createdAt: clock.now(),
      });
      return { secret, key, workspace };
    },

    list(workspaceId?: string): ApiKeyRow[] {
      return apiKeys.list(workspaceId);
    },

    revoke(id: string): boolean {
      return apiKeys.revoke(id, clock.now());
    },

    /** The viewer behind a presented key, or undefined for a missing, unknown or revoked key. */
    authenticate(secret: string | undefined): Viewer | undefined {
      if (!secret || !secret.startsWith(KEY_PREFIX)) return undefined;
      const found = apiKeys.findActiveByHash(hashApiKey(secret));
      if (!found) return undefined;
      // lastUsedAt to the minute: not a write on every request.
      const now = clock.now();
      if (!found.key.lastUsedAt || now.getTime() - found.key.lastUsedAt.getTime() >= 60_000) apiKeys.touch(found.key.id, now);
      return {
        workspaceId: found.workspace.id,
        workspaceName: found.workspace.name,
        role: found.key.role,
        apiKeyId: found.key.id,
        apiKeyName: found.key.name,
      };
    },
  };
}

export type ApiKeyService = ReturnType<typeof createApiKeyService>;
