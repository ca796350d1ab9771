import { loadConfig } from '../config.ts';
import { ROLES, type Role } from '../domain/roles.ts';
import type { WorkspaceRepository } from '../repositories/workspaces.ts';
import type { ApiKeyService } from '../services/api-keys/api-keys.ts';
import { out, requiredFlag, UsageError, type Command, type Flags } from './command.ts';

export const apiKeysCommand: Command = {
  summary: 'create, list or revoke API keys',
  usage: `adsauth api-keys create --workspace NAME --name NAME [--role VIEWER|EDITOR|ADMIN|OPERATOR]
adsauth api-keys list [--workspace NAME]
adsauth api-keys revoke ID

Manages the API keys that clients send as "Authorization: Bearer <key>". A key is shown once, at
creation; only its hash is stored. create makes the workspace if it does not exist yet; the role
defaults to EDITOR.`,
  options: { workspace: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
  allowPositionals: true,
  run: async (flags, [action, ...rest]) => {
    if (action !== 'create' && action !== 'list' && action !== 'revoke')
      throw new UsageError('api-keys needs one of: create, list, revoke');
    const config = loadConfig();
    const { openDatabase } = await import('../../db/client.ts');
    const { createApiKeyRepository } = await import('../repositories/api-keys.ts');
    const { createWorkspaceRepository } = await import('../repositories/workspaces.ts');
    const { createApiKeyService } = await import('../services/api-keys/api-keys.ts');
    const { systemClock } = await import('../clock.ts');
    const database = openDatabase(config.databaseFile);
    try {
      const workspaces = createWorkspaceRepository(database.db);
      const service = createApiKeyService({ apiKeys: createApiKeyRepository(database.db), workspaces, clock: systemClock });
      if (action === 'create') create(service, flags);
      else if (action === 'list') list(service, workspaces, flags);
      else revoke(service, rest[0]);
    } finally {
      database.close();
    }
  },
};

type Service = ApiKeyService;
type Workspaces = WorkspaceRepository;

function create(service: Service, flags: Flags): void {
  const workspaceName = requiredFlag(flags.workspace, '--workspace');
  const name = requiredFlag(flags.name, '--name');
  const role = (flags.role ?? 'EDITOR') as Role;
  if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  const created = service.create({ workspaceName, name, role });
  out(`Created ${role} key "${name}" (id ${created.key.id}) in workspace "${created.workspace.name}".`);
  out('Copy it now; it is not shown again:');
  out(created.secret);
}

function list(service: Service, workspaces: Workspaces, flags: Flags): void {
  const workspace = typeof flags.workspace === 'string' ? workspaces.findByName(flags.workspace) : undefined;
  if (flags.workspace !== undefined && !workspace) throw new UsageError(`no workspace named "${flags.workspace}"`);
  const names = new Map(workspaces.list().map((w) => [w.id, w.name]));
  const rows = service.list(workspace?.id);
  if (rows.length === 0) out('No API keys.');
  for (const key of rows) {
    const status = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
    out(`${key.id}  ${key.keyPrefix}…  ${key.role.padEnd(6)}  ${names.get(key.workspaceId)} / ${key.name}  ${status}`);
  }
}

function revoke(service: Service, id: string | undefined): void {
  if (!id) throw new UsageError('api-keys revoke needs the key id (see api-keys list)');
  if (!service.revoke(id)) throw new UsageError(`no active API key with id ${id}`);
  out(`Revoked API key ${id}.`);
}
