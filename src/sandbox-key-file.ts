import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseEncryptionKeys, type Config } from './config.ts';

/**
 * Sandbox mode only: without ADSAUTH_ENCRYPTION_KEYS, a key is generated once into the data
 * directory (mode 0600) so sandbox tokens stay readable across restarts. Never used in live mode,
 * where config refuses to start without a key.
 */
/** Where sandbox mode keeps its files: beside the database (./data for an in-memory one). */
export function sandboxDataDir(config: Config): string {
  const dir = config.databaseFile === ':memory:' ? './data' : dirname(config.databaseFile);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function withSandboxEncryptionKey(config: Config, warn: (message: string) => void): Config {
  if (config.encryptionKeys || config.mode !== 'sandbox') return config;
  const file = join(sandboxDataDir(config), 'sandbox-encryption.key');
  if (!existsSync(file)) {
    writeFileSync(file, `sandbox:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  }
  warn(
    `ADSAUTH_ENCRYPTION_KEYS is not set: sandbox tokens are encrypted with the generated key in ${file}. Set your own key outside sandbox mode.`,
  );
  return Object.freeze({ ...config, encryptionKeys: parseEncryptionKeys(readFileSync(file, 'utf8').trim()) });
}
