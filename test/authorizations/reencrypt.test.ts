import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { createApp } from '../../src/app.ts';
import { loadConfig, parseEncryptionKeys } from '../../src/config.ts';
import { createTokenCipher } from '../../src/services/kernel/token-cipher.ts';
import { secretRowId } from '../../src/services/kernel/sealed-tokens.ts';
import { CreateWebhook } from '../notifications/documents.ts';
import { gql } from '../helpers/gql.ts';
import { runCli } from '../helpers/spawn.ts';
import { RecheckAllQuery, RefreshAuthorization } from './documents.ts';
import { setupAuthorizationTest } from './support.ts';

const k1 = `k1:${Buffer.alloc(32, 1).toString('base64')}`;
const k2 = `k2:${Buffer.alloc(32, 2).toString('base64')}`;

describe('adsauth reencrypt', () => {
  it('rotates k1 → k2: every token and webhook secret still decrypts and no row is left on k1', async () => {
    const s = await setupAuthorizationTest({ env: { ADSAUTH_ENCRYPTION_KEYS: k1 } });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await s.registerSystemUser()).authorization.id);
    ids.push((await s.connectUser()).authorization.id);
    const admin = s.createApiKey({ role: 'ADMIN' });
    const created = (await gql(s.app, CreateWebhook, { input: { url: 'https://hooks.example.com/adsauth' } }, { apiKey: admin }))
      .createWebhook;
    if (created.__typename !== 'CreateWebhookPayload') throw new Error(JSON.stringify(created));
    const keyIds = () => s.database.sqlite.prepare('select token_key_id as k, count(*) as n from authorizations group by 1').all();
    const webhookKeyIds = () => s.database.sqlite.prepare('select secret_key_id as k, count(*) as n from webhooks group by 1').all();
    expect(keyIds()).toEqual([{ k: 'k1', n: 4 }]);
    expect(webhookKeyIds()).toEqual([{ k: 'k1', n: 1 }]);

    const env = { ADSAUTH_DATABASE: s.databaseFile, ADSAUTH_ENCRYPTION_KEYS: `${k2},${k1}` };
    const run = await runCli(['reencrypt'], { env });
    expect([run.code, run.stderr, run.stdout]).toEqual([
      0,
      '',
      '4 token(s) and 1 webhook secret(s) resealed; everything is now under key "k2"\n',
    ]);
    expect(keyIds()).toEqual([{ k: 'k2', n: 4 }]);
    expect(webhookKeyIds()).toEqual([{ k: 'k2', n: 1 }]);
    const again = await runCli(['reencrypt'], { env });
    expect(again.stdout).toBe('0 token(s) and 0 webhook secret(s) resealed; everything is now under key "k2"\n');

    // The webhook's signing secret is unchanged, and only k2 is needed to open it.
    const row = s.database.sqlite.prepare('select id, secret_key_id as keyId, secret_ciphertext as ciphertext from webhooks').get() as {
      id: string;
      keyId: string;
      ciphertext: Buffer;
    };
    const k2Only = createTokenCipher(parseEncryptionKeys(k2));
    expect(k2Only.open(secretRowId(row.id), { keyId: row.keyId, ciphertext: row.ciphertext })).toBe(created.signingSecret);

    // An app that only knows k2 can still use every token.
    const database = openDatabase(s.databaseFile);
    try {
      const config = loadConfig({ ADSAUTH_DATABASE: s.databaseFile, ADSAUTH_ENCRYPTION_KEYS: k2, LOG_LEVEL: 'silent' });
      const app = createApp({ database, clock: s.clock, config, facebook: s.facebook, log: s.logs.log, fetch: globalThis.fetch });
      for (const id of ids) {
        const { refreshAuthorization: result } = await gql(app, RefreshAuthorization, { input: { id } }, { apiKey: s.apiKey });
        expect(result).toMatchObject({
          __typename: 'AuthorizationPayload',
          authorization: { tokenStatus: { state: 'VALID', lastCheckError: null } },
        });
      }
    } finally {
      database.close();
    }
  });

  it('a ciphertext copied onto another row does not decrypt there', async () => {
    const s = await setupAuthorizationTest();
    const a = await s.registerSystemUser();
    const b = await s.registerSystemUser();
    const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1];
    s.database.sqlite
      .prepare('update authorizations set token_ciphertext = (select token_ciphertext from authorizations where id = ?) where id = ?')
      .run(rawId(a.authorization.id), rawId(b.authorization.id));
    const response = await gql(s.app, RefreshAuthorization, { input: { id: a.authorization.id } }, { apiKey: s.apiKey });
    expect(response.refreshAuthorization.__typename).toBe('AuthorizationPayload');
    // The row that cannot be decrypted records the failure and keeps its state; it never holds up
    // the other rows of a batch (the sweep checks 50 at a time).
    s.clock.advance(60_000); // past the re-check floor (ADSAUTH_MIN_RECHECK_SECONDS)
    s.world.resetCalls();
    const batch = await gql(s.app, RecheckAllQuery, { first: 10, maxAgeSeconds: 0 }, { apiKey: s.apiKey });
    const byId = new Map(batch.authorizations.edges.map((e) => [e.node.id, e.node.tokenStatus]));
    expect(byId.get(a.authorization.id)).toMatchObject({ state: 'VALID', lastCheckError: null });
    expect(byId.get(b.authorization.id)).toMatchObject({ state: 'VALID', lastCheckError: { errorClass: 'DECRYPTION' } });
    expect(s.world.counters().byEndpoint['GET debug_token']).toBe(1);
    const { refreshAuthorization: broken } = await gql(
      s.app,
      RefreshAuthorization,
      { input: { id: b.authorization.id } },
      { apiKey: s.apiKey },
    );
    expect(broken).toMatchObject({ authorization: { tokenStatus: { lastCheckError: { errorClass: 'DECRYPTION' } } } });
    expect(JSON.stringify(broken)).not.toContain(b.token);
  });
});
