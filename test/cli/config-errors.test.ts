import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveEnv, runCli, tempDir } from '../helpers/spawn.ts';

const MARKER = 'SECRETMARKER';

// Each case: a crafted environment for `serve`, and the setting the one error line must name.
const cases: [string, (env: Record<string, string>) => Record<string, string>, RegExp][] = [
  ['PORT is not a number', (env) => ({ ...env, PORT: 'eighty' }), /^PORT must be a whole number/],
  [
    'the app secret is missing',
    ({ FACEBOOK_APP_SECRET: _gone, ...env }) => env,
    /^FACEBOOK_APP_SECRET is required when a Facebook app is configured$/,
  ],
  [
    'the app secret is malformed',
    (env) => ({ ...env, FACEBOOK_APP_SECRET: `${MARKER}-0123` }),
    /^FACEBOOK_APP_SECRET must be the 32-character hex app secret$/,
  ],
  [
    'the encryption keys are malformed',
    (env) => ({ ...env, ADSAUTH_ENCRYPTION_KEYS: `k1:${MARKER}` }),
    /^ADSAUTH_ENCRYPTION_KEYS key "k1" must decode to 32 bytes/,
  ],
  [
    'live mode has no encryption keys',
    ({ ADSAUTH_ENCRYPTION_KEYS: _gone, ...env }) => env,
    /^ADSAUTH_ENCRYPTION_KEYS is required outside sandbox mode/,
  ],
  ['the Graph URL is not a URL', (env) => ({ ...env, GRAPH_API_URL: 'graph dot facebook' }), /^GRAPH_API_URL must be an http\(s\) URL$/],
];

describe('serve refuses a bad configuration before it listens', () => {
  it.each(cases)('%s: one line naming the setting, no stack trace, exit 1', async (_case, craft, expected) => {
    const dir = tempDir();
    const result = await runCli(['serve'], { cwd: dir, env: craft(liveEnv(dir, { PORT: '4999' })) });
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^adsauth: configuration error: /);
    expect(lines[0]!.replace('adsauth: configuration error: ', '')).toMatch(expected);
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:/);
    expect(result.stderr + result.stdout).not.toContain(MARKER);
    // Nothing was started: no output, and not even the database file was created.
    expect(result.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports every bad setting at once, one line each, in the same words', async () => {
    const dir = tempDir();
    const env = liveEnv(dir, { PORT: 'eighty', LOG_LEVEL: 'loud', ADSAUTH_ALLOWED_RETURN_URLS: 'notaurl' });
    const result = await runCli(['serve'], { cwd: dir, env });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      'adsauth: configuration error: PORT must be a whole number from 0 to 65535',
      'adsauth: configuration error: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      'adsauth: configuration error: ADSAUTH_ALLOWED_RETURN_URLS entry "notaurl" must be an http(s) URL like https://app.example.com/done',
    ]);
    expect(result.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reads settings from ./.env, and the real environment wins over it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.env'), 'PORT=not-a-port\nGRAPH_API_VERSION=v1\n');
    const fromFile = await runCli(['serve'], { cwd: dir, env: liveEnv(dir, { PORT: '' }) });
    expect(fromFile.stderr.trim()).toMatch(/^adsauth: configuration error: (PORT|GRAPH_API_VERSION) /);

    const overridden = await runCli(['migrate'], { cwd: dir, env: liveEnv(dir, { PORT: '4000', GRAPH_API_VERSION: 'v26.0' }) });
    expect([overridden.code, overridden.stderr]).toEqual([0, '']);
    expect(existsSync(join(dir, 'adsauth.db'))).toBe(true);
  });
});
