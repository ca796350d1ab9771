import type { AuthorizationRepository } from '../repositories/authorizations.ts';
import type { RunInTransaction } from '../repositories/transaction.ts';
import type { TokenCipher } from './token-cipher.ts';

const BATCH = 200;

/**
 * Key rotation: reseals every token not yet under the active key. Each batch is one transaction,
 * so an interrupted run leaves every row readable, under either key, and a re-run finishes the job.
 */
export function reencryptAllTokens(deps: { authorizations: AuthorizationRepository; cipher: TokenCipher; transaction: RunInTransaction }): {
  resealed: number;
  activeKeyId: string;
} {
  const { authorizations, cipher } = deps;
  let resealed = 0;
  for (;;) {
    const rows = authorizations.notSealedWith(cipher.activeKeyId, BATCH);
    if (rows.length === 0) return { resealed, activeKeyId: cipher.activeKeyId };
    deps.transaction(() => {
      for (const row of rows) {
        const token = cipher.open(row.id, { keyId: row.tokenKeyId, ciphertext: row.tokenCiphertext });
        authorizations.reseal(row.id, cipher.seal(row.id, token));
      }
    });
    resealed += rows.length;
  }
}
