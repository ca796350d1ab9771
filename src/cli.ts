import { parseArgs, type ParseArgsConfig } from 'node:util';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { systemClock } from './clock.ts';
import { ConfigError, loadConfig } from './config.ts';
import { ROLES, type Role } from './domain/roles.ts';
import { createApiKeyRepository } from './repositories/api-keys.ts';
import { createWorkspaceRepository } from './repositories/workspaces.ts';
import { startSandbox } from './sandbox/sandbox.ts';
import { startServer } from './server.ts';
import { createApiKeyService } from './services/api-keys.ts';

/** A mistake on the command line or in the environment: printed as one line, never a stack trace. */
class UsageError extends Error {}

interface Command {
  usage: string;
  options?: ParseArgsConfig['options'];
  allowPositionals?: boolean;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<void> | void;
}

const out = (line: string) => process.stdout.write(`${line}\n`);

const commands: Record<string, Command> = {
  serve: {
    usage: `adsauth serve

Starts the GraphQL gateway. Without FACEBOOK_APP_ID and FACEBOOK_APP_SECRET it runs in sandbox
mode: an embedded Graph sandbox with a demo world, GraphiQL, and a ready-to-use API key.
Settings come from the environment and ./.env (see README: Configuration).`,
    run: async () => {
      const starting = startServer(loadConfig());
      // Handlers go in first, so a signal that arrives during start-up still stops gracefully.
      stopOnSignal(async () => (await starting).close());
      await starting;
    },
  },
  migrate: {
    usage: `adsauth migrate

Applies pending database migrations to ADSAUTH_DATABASE (serve does this at start too).`,
    run: () => {
      const config = loadConfig();
      const { applied } = migrateDatabase(config.databaseFile);
      out(`${config.databaseFile}: ${applied} migration(s) applied, schema is up to date`);
    },
  },
  sandbox: {
    usage: `adsauth sandbox [--port N] [--host H] [--empty]

Runs only the Graph sandbox: a loopback HTTP server that behaves like graph.facebook.com
(see docs/sandbox.md). --empty starts with no demo world.`,
    options: { port: { type: 'string' }, host: { type: 'string' }, empty: { type: 'boolean' } },
    run: async (values) => {
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535');
      const sandbox = await startSandbox({
        port,
        host: typeof values.host === 'string' ? values.host : '127.0.0.1',
        seed: values.empty ? 'empty' : 'demo',
      });
      const { app } = sandbox.world;
      out(`Graph sandbox listening on ${sandbox.url}`);
      out(`  app id ${app.id}, app secret ${app.secret} (sandbox only), tier ${app.accessTier}`);
      out(`  control API: ${sandbox.url}/__sandbox/world`);
      stopOnSignal(() => sandbox.close());
    },
  },
  'api-keys': {
    usage: `adsauth api-keys create --workspace NAME --name NAME [--role VIEWER|EDITOR|ADMIN]
adsauth api-keys list [--workspace NAME]
adsauth api-keys revoke ID

Manages the API keys that clients send as "Authorization: Bearer <key>". A key is shown once, at
creation; only its hash is stored. create makes the workspace if it does not exist yet.`,
    options: { workspace: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
    allowPositionals: true,
    run: (values, positionals) => {
      const [action, ...rest] = positionals;
      const database = openDatabase(loadConfig().databaseFile);
      try {
        const workspaces = createWorkspaceRepository(database.db);
        const service = createApiKeyService({ apiKeys: createApiKeyRepository(database.db), workspaces, clock: systemClock });
        if (action === 'create') {
          const workspaceName = required(values.workspace, '--workspace');
          const name = required(values.name, '--name');
          const role = (values.role ?? 'EDITOR') as Role;
          if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
          const created = service.create({ workspaceName, name, role });
          out(`Created ${role} key "${name}" (id ${created.key.id}) in workspace "${created.workspace.name}".`);
          out('Copy it now; it is not shown again:');
          out(created.secret);
        } else if (action === 'list') {
          const workspace = typeof values.workspace === 'string' ? workspaces.findByName(values.workspace) : undefined;
          if (values.workspace !== undefined && !workspace) throw new UsageError(`no workspace named "${values.workspace}"`);
          const names = new Map(workspaces.list().map((w) => [w.id, w.name]));
          const rows = service.list(workspace?.id);
          if (rows.length === 0) out('No API keys.');
          for (const key of rows) {
            const status = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
            out(`${key.id}  ${key.keyPrefix}…  ${key.role.padEnd(6)}  ${names.get(key.workspaceId)} / ${key.name}  ${status}`);
          }
        } else if (action === 'revoke') {
          const id = rest[0];
          if (!id) throw new UsageError('api-keys revoke needs the key id (see api-keys list)');
          if (!service.revoke(id)) throw new UsageError(`no active API key with id ${id}`);
          out(`Revoked API key ${id}.`);
        } else {
          throw new UsageError('api-keys needs one of: create, list, revoke');
        }
      } finally {
        database.close();
      }
    },
  },
};

function required(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`${flag} is required`);
  return value;
}

/** SIGTERM or SIGINT stops gracefully and exits 0; a second signal gives up waiting and exits 1. */
function stopOnSignal(close: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`adsauth: ${signal} again, exiting without waiting\n`);
      process.exit(1);
    }
    stopping = true;
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`adsauth: stopping failed: ${(error as Error)?.message ?? String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

const topUsage = `adsauth: a GraphQL gateway for Facebook Marketing API authorizations

Usage: adsauth <command> [options]

Commands:
  serve      start the gateway (sandbox mode when no Facebook app is configured)
  migrate    apply database migrations
  sandbox    run only the Graph sandbox
  api-keys   create, list or revoke API keys

Run "adsauth <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<void> {
  loadDotEnv();
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out(topUsage);
    return;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"; run "adsauth --help"`);
  if (rest.includes('--help') || rest.includes('-h')) {
    out(command.usage);
    return;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: command.allowPositionals ?? false, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${command.usage}`);
  }
  await command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
}

function loadDotEnv(): void {
  try {
    process.loadEnvFile('.env');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`.env could not be read: ${(error as Error).message}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`adsauth: configuration error: ${error.message}\n`);
  else if (error instanceof UsageError) process.stderr.write(`adsauth: ${error.message}\n`);
  else process.stderr.write(`adsauth: ${(error as Error)?.message ?? String(error)}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
