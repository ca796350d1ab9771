import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { parseEncryptionKeys } from '../../src/config.ts';
import { createWorkspaceRepository } from '../../src/repositories/workspaces.ts';
import { startSandbox } from '../../src/sandbox/sandbox.ts';
import { createTokenCipher } from '../../src/services/kernel/token-cipher.ts';
import { startServe, tempDir } from '../helpers/spawn.ts';
import { TEST_ENCRYPTION_KEYS } from '../helpers/test-app.ts';
import { insertAuthorizations } from './seed.ts';

async function eventually(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('serve sweeps on a schedule', () => {
  it('ADSAUTH_SWEEP_INTERVAL=1s: serve sweeps at start and every second after, and SIGTERM stops it cleanly', async () => {
    const dir = tempDir();
    const databaseFile = join(dir, 'adsauth.db');
    // The demo world's tokens are the same in every demo sandbox, including the one serve embeds.
    const demo = await startSandbox({ seed: 'demo' });
    const jane = demo.world.snapshot().tokens.find((token) => token.userId === '100000000000001' && token.type === 'USER')!;
    await demo.close();
    const database = openDatabase(databaseFile);
    const workspace = createWorkspaceRepository(database.db).create('Acme', new Date());
    const cipher = createTokenCipher(parseEncryptionKeys(TEST_ENCRYPTION_KEYS));
    const [row] = insertAuthorizations({ db: database.db, cipher, now: new Date() }, { workspaceId: workspace.id }, [
      { token: jane.accessToken, userId: jane.userId!, tokenType: 'USER', scopes: jane.scopes, expiresAt: null, dataAccessExpiresAt: null },
    ]);
    database.sqlite.prepare("update authorizations set state = 'UNCHECKED', checked_at = null").run();
    const count = (sql: string) => (database.sqlite.prepare(sql).get() as { n: number }).n;

    const serve = await startServe({
      cwd: dir,
      env: {
        ADSAUTH_DATABASE: databaseFile,
        PORT: '0',
        ADSAUTH_ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
        ADSAUTH_SWEEP_INTERVAL: '1s',
        LOG_LEVEL: 'info',
      },
    });
    await eventually(() => count("select count(*) as n from sweep_runs where status = 'FINISHED'") >= 2, 'two scheduled sweeps');
    const state = database.sqlite.prepare('select state from authorizations where id = ?').get(row!.id) as { state: string };
    expect(state.state).toBe('VALID');
    expect(count("select count(*) as n from events where type = 'authorization.state_changed' and actor = 'sweep'")).toBe(1);

    serve.child.kill('SIGTERM');
    const exit = await serve.exited;
    expect(exit.code).toBe(0);
    expect(exit.stdout).toMatch(/"msg":"adsauth stopped"/);
    const after = count('select count(*) as n from sweep_runs');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(count('select count(*) as n from sweep_runs')).toBe(after);
    database.close();
  });
});
