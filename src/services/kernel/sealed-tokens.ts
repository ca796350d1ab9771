import type { AuthorizationPatch } from '../../repositories/authorizations.ts';
import { tokenFingerprint, tokenHash, type TokenCipher } from './token-cipher.ts';

/** The columns that hold a token: ciphertext bound to the row id, plus its hash and fingerprint. */
export function tokenColumns(cipher: TokenCipher, rowId: string, token: string) {
  const sealed = cipher.seal(rowId, token);
  return {
    tokenCiphertext: sealed.ciphertext,
    tokenKeyId: sealed.keyId,
    tokenHash: tokenHash(token),
    tokenFingerprint: tokenFingerprint(token),
  } satisfies AuthorizationPatch;
}

/** The associated data a webhook's signing secret is sealed with: bound to its row, apart from tokens. */
export const secretRowId = (webhookId: string) => `webhook:${webhookId}`;

export function openToken(cipher: TokenCipher, row: { id: string; tokenKeyId: string; tokenCiphertext: Buffer }): string {
  return cipher.open(row.id, { keyId: row.tokenKeyId, ciphertext: row.tokenCiphertext });
}
