import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.ts';
import type { Role } from '../../domain/roles.ts';
import type { ApiKeyRepository, ApiKeyRow } from '../../repositories/api-keys.ts';
import type { NewestFirstCursor } from '../../repositories/newest-first.ts';
import type { WorkspaceRepository, WorkspaceRow } from '../../repositories/workspaces.ts';
import { countedPage } from '../kernel/counted-page.ts';

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

/**
 * How long a key found valid is trusted without reading the database again. A key revoked by another
 * process (the CLI, a second gateway on the same file) stops working within this time; one revoked
 * through this process stops at once.
 */
export const API_KEY_CACHE_MS = 1_000;

// Past this many distinct keys in one second something is odd: start again rather than grow.
const MAX_CACHED_KEYS = 10_000;

export function createApiKeyService(deps: { apiKeys: ApiKeyRepository; workspaces: WorkspaceRepository; clock: Clock }) {
  const { apiKeys, workspaces, clock } = deps;
  // By the key's hash; only valid keys are kept, so an unknown key is looked up every time.
  const cache = new Map<string, { viewer: Viewer; foundAt: number }>();

  function lookUp(keyHash: string, now: Date): Viewer | undefined {
    const found = apiKeys.findActiveByHash(keyHash);
    if (!found) return undefined;
    // lastUsedAt to the minute: not a write on every request.
    if (!found.key.lastUsedAt || now.getTime() - found.key.lastUsedAt.getTime() >= 60_000) apiKeys.touch(found.key.id, now);
    return {
      workspaceId: found.workspace.id,
      workspaceName: found.workspace.name,
      role: found.key.role,
      apiKeyId: found.key.id,
      apiKeyName: found.key.name,
    };
  }

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

    /** A page of the workspace's keys, newest first after the cursor; `first` is capped at 100. The count runs only when asked. */
    page(workspaceId: string, args: { first: number; after: NewestFirstCursor | undefined }) {
      return countedPage(
        args.first,
        (limit) => apiKeys.page(workspaceId, limit, args.after),
        () => apiKeys.count(workspaceId),
      );
    },

    revoke(id: string): boolean {
      const revoked = apiKeys.revoke(id, clock.now());
      for (const [hash, entry] of cache) if (entry.viewer.apiKeyId === id) cache.delete(hash);
      return revoked;
    },

    /** The viewer behind a presented key, or undefined for a missing, unknown or revoked key. */
    authenticate(secret: string | undefined): Viewer | undefined {
      if (!secret || !secret.startsWith(KEY_PREFIX)) return undefined;
      const keyHash = hashApiKey(secret);
      const now = clock.now();
      const cached = cache.get(keyHash);
      // A clock that went back also ends the entry: it is trusted only for API_KEY_CACHE_MS after it was read.
      const age = cached && now.getTime() - cached.foundAt;
      if (cached && age !== undefined && age >= 0 && age < API_KEY_CACHE_MS) return cached.viewer;
      cache.delete(keyHash);
      const viewer = lookUp(keyHash, now);
      if (viewer) {
        if (cache.size >= MAX_CACHED_KEYS) cache.clear();
        cache.set(keyHash, { viewer, foundAt: now.getTime() });
      }
      return viewer;
    },
  };
}

export type ApiKeyService = ReturnType<typeof createApiKeyService>;
