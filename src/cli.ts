// adsauth: the command line. Each command lives in src/cli/; add one there and list it below.
import { parseArgs } from 'node:util';
import { apiKeysCommand } from './cli/api-keys.ts';
import { out, UsageError, type Command, type Flags } from './cli/command.ts';
import { facebookCommand } from './cli/facebook.ts';
import { migrateCommand } from './cli/migrate.ts';
import { reencryptCommand } from './cli/reencrypt.ts';
import { sandboxCommand } from './cli/sandbox.ts';
import { serveCommand } from './cli/serve.ts';
import { sweepCommand } from './cli/sweep.ts';
import { ConfigError } from './config.ts';

const commands: Record<string, Command> = {
  serve: serveCommand,
  migrate: migrateCommand,
  sandbox: sandboxCommand,
  'api-keys': apiKeysCommand,
  reencrypt: reencryptCommand,
  sweep: sweepCommand,
  facebook: facebookCommand,
};

const topUsage = () => `adsauth: a GraphQL gateway for Facebook Marketing API authorizations

Usage: adsauth <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Run "adsauth <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<void> {
  loadDotEnv();
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') return out(topUsage());
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"; run "adsauth --help"`);
  if (rest.includes('--help') || rest.includes('-h')) return out(command.usage);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: command.allowPositionals ?? false, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${command.usage}`);
  }
  await command.run(parsed.values as Flags, parsed.positionals);
}

/** ./.env fills in settings that the real environment does not set. */
function loadDotEnv(): void {
  try {
    process.loadEnvFile('.env');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`.env could not be read: ${(error as Error).message}`);
  }
}

// Every failure is one line on stderr (a bad configuration, one per setting), never a stack trace: 2 for usage, 1 for anything else.
main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError)
    process.stderr.write(error.problems.map((problem) => `adsauth: configuration error: ${problem}\n`).join(''));
  else process.stderr.write(`adsauth: ${(error as Error)?.message ?? String(error)}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
