import { loadConfig } from '../config.ts';
import { out, type Command } from './command.ts';

export const reencryptCommand: Command = {
  summary: 'reseal every stored token and webhook secret with the active key',
  usage: `adsauth reencrypt

Key rotation. Put the new key first in ADSAUTH_ENCRYPTION_KEYS and keep the old ones after it
(e.g. k2:NEW,k1:OLD), run this, then drop the old keys. Each batch of rows is one transaction, so
an interrupted run can simply be run again.`,
  run: async () => {
    const [
      { openDatabase },
      { withSandboxEncryptionKey },
      { createAuthorizationRepository },
      { createWebhookRepository },
      { createTransactionRunner },
      { createTokenCipher },
      { reencryptAll },
    ] = await Promise.all([
      import('../../db/client.ts'),
      import('../sandbox-key-file.ts'),
      import('../repositories/authorizations.ts'),
      import('../repositories/webhooks.ts'),
      import('../repositories/transaction.ts'),
      import('../services/kernel/token-cipher.ts'),
      import('../services/kernel/reencrypt.ts'),
    ]);
    const config = withSandboxEncryptionKey(loadConfig(), (message) => process.stderr.write(`adsauth: ${message}\n`));
    const database = openDatabase(config.databaseFile);
    try {
      const { tokens, webhookSecrets, activeKeyId } = reencryptAll({
        authorizations: createAuthorizationRepository(database.db),
        webhooks: createWebhookRepository(database.db),
        cipher: createTokenCipher(config.encryptionKeys!),
        transaction: createTransactionRunner(database.db),
      });
      out(`${tokens} token(s) and ${webhookSecrets} webhook secret(s) resealed; everything is now under key "${activeKeyId}"`);
    } finally {
      database.close();
    }
  },
};
