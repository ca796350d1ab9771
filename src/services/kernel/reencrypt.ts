import type { AuthorizationRepository } from '../../repositories/authorizations.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import type { WebhookRepository } from '../../repositories/webhooks.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';
import { secretRowId } from './sealed-tokens.ts';

const BATCH = 200;

/**
 * Key rotation: reseals every token and webhook signing secret not yet under the active key. Each
 * batch is one transaction, so an interrupted run leaves every row readable, under either key, and a
 * re-run finishes the job.
 */
export function reencryptAll(deps: {
  authorizations: AuthorizationRepository;
  webhooks: WebhookRepository;
  cipher: TokenCipher;
  transaction: RunInTransaction;
}): { tokens: number; webhookSecrets: number; activeKeyId: string } {
  const { cipher } = deps;
  const tokens = resealInBatches(
    deps.transaction,
    () => deps.authorizations.notSealedWith(cipher.activeKeyId, BATCH),
    (row) => {
      const token = cipher.open(row.id, { keyId: row.tokenKeyId, ciphertext: row.tokenCiphertext });
      deps.authorizations.reseal(row.id, cipher.seal(row.id, token));
    },
  );
  const webhookSecrets = resealInBatches(
    deps.transaction,
    () => deps.webhooks.notSealedWith(cipher.activeKeyId, BATCH),
    (row) => {
      const secret = cipher.open(secretRowId(row.id), { keyId: row.secretKeyId, ciphertext: row.secretCiphertext });
      deps.webhooks.reseal(row.id, cipher.seal(secretRowId(row.id), secret));
    },
  );
  return { tokens, webhookSecrets, activeKeyId: cipher.activeKeyId };
}

function resealInBatches<T>(transaction: RunInTransaction, nextBatch: () => T[], reseal: (row: T) => void): number {
  let count = 0;
  for (;;) {
    const rows = nextBatch();
    if (rows.length === 0) return count;
    transaction(() => rows.forEach(reseal));
    count += rows.length;
  }
}
