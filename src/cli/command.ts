import type { ParseArgsConfig } from 'node:util';

/** A mistake on the command line: printed as one line, exit code 2, never a stack trace. */
export class UsageError extends Error {}

export type Flags = Record<string, string | boolean | undefined>;

/**
 * One `adsauth` command. Heavy modules (the server, the database, the sandbox) are imported
 * inside run(), so `--help` and configuration errors answer without loading them.
 */
export interface Command {
  /** One line for `adsauth --help`. */
  summary: string;
  /** The whole text for `adsauth <command> --help`. */
  usage: string;
  options?: ParseArgsConfig['options'];
  allowPositionals?: boolean;
  run(flags: Flags, positionals: string[]): Promise<void> | void;
}

export const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

export function requiredFlag(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`${flag} is required`);
  return value;
}

/** SIGTERM or SIGINT stops gracefully and exits 0; a second signal gives up waiting and exits 1. */
export function stopOnSignal(close: () => Promise<void>): void {
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
