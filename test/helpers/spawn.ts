import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inject, onTestFinished } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'src/cli.ts');
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/**
 * dist/cli.js as built once for this run by vitest's global setup (test/helpers/build-cli.ts): the
 * CLI runs with plain node, as `bin/adsauth.js` runs it, instead of tsx transpiling the sources at
 * every spawn. Undefined when the tests run without that setup; then tsx runs src/cli.ts.
 */
const BUILT_CLI = inject('builtCli');

export interface SpawnOptions {
  /** The child's whole environment, besides PATH and HOME: nothing leaks in from the test process. */
  env?: Record<string, string>;
  /** Default: a fresh temp dir (so no .env or ./data of the repo is picked up), removed after the test. */
  cwd?: string;
  timeoutMs?: number;
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A fresh temp directory, removed when the current test finishes. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'adsauth-cli-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Starts `node --import tsx <script> ...args`, or for the CLI (`CLI`) `node dist/cli.js ...args`
 * when the run has a build. Killed when the test finishes.
 */
export function spawnTs(script: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  if (script === CLI && BUILT_CLI) return spawnCommand(process.execPath, [BUILT_CLI, ...args], options);
  return spawnCommand(process.execPath, ['--import', TSX_LOADER, script, ...args], options);
}

/**
 * Starts any command in its own process group; when the test finishes, whatever of the group is
 * still running is killed (so a wrapper such as npm cannot leave its child behind).
 */
export function spawnCommand(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd ?? tempDir(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  onTestFinished(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // the group has already gone
    }
  });
  return child;
}

/** Runs a script to completion (bounded by timeoutMs) and collects its output. */
export function runTs(script: string, args: string[], options: SpawnOptions = {}): Promise<Finished> {
  const child = spawnTs(script, args, options);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} ${args.join(' ')} did not finish in ${options.timeoutMs ?? 15_000} ms\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 15_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** `adsauth <args>` through the real entry point. */
export function runCli(args: string[], options: SpawnOptions = {}): Promise<Finished> {
  return runTs(CLI, args, options);
}

/** Settings for `serve` in live mode that never reach Facebook: Graph points at a closed loopback port. */
export function liveEnv(dir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ADSAUTH_DATABASE: join(dir, 'adsauth.db'),
    PORT: '0',
    FACEBOOK_APP_ID: '1234567890',
    FACEBOOK_APP_SECRET: '0123456789abcdef0123456789abcdef',
    FACEBOOK_REDIRECT_URI: 'http://127.0.0.1:4000/oauth/facebook/callback/',
    ADSAUTH_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
    GRAPH_API_URL: 'http://127.0.0.1:9',
    FACEBOOK_DIALOG_URL: 'http://127.0.0.1:9',
    ...extra,
  };
}

export interface ServingProcess {
  child: ChildProcess;
  /** http://127.0.0.1:<port>, read from the process's own output. */
  url: string;
  stdout(): string;
  stderr(): string;
  /** Resolves when the process has exited. */
  exited: Promise<Finished>;
}

/**
 * Starts `adsauth serve` (or `command`, another way to run it, such as `npm start`) and waits
 * (bounded) until it prints the URL it listens on.
 */
export async function startServe(options: SpawnOptions & { env: Record<string, string>; command?: string[] }): Promise<ServingProcess> {
  const child = options.command ? spawnCommand(options.command[0]!, options.command.slice(1), options) : spawnTs(CLI, ['serve'], options);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start in time\n${stdout}\n${stderr}`)), options.timeoutMs ?? 15_000);
    const look = () => {
      const match = /(?:listening on|GraphiQL:)\s+(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', look);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`serve exited before listening\n${stdout}\n${stderr}`));
    });
  });
  return { child, url, stdout: () => stdout, stderr: () => stderr, exited };
}
