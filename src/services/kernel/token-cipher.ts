import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { EncryptionKeySetting } from '../../config.ts';

export interface SealedToken {
  keyId: string;
  /** iv (12 bytes) ‖ auth tag (16 bytes) ‖ ciphertext */
  ciphertext: Buffer;
}

/** A token could not be decrypted: wrong row, unknown key, or tampered bytes. Never says more. */
export class TokenDecryptionError extends Error {
  override name = 'TokenDecryptionError';
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

// The row id and key id are authenticated, so a ciphertext copied to another row fails to open.
const aad = (rowId: string, keyId: string) => Buffer.from(`adsauth:authorization:${rowId}:${keyId}`);

export function createTokenCipher(keys: readonly EncryptionKeySetting[]) {
  const active = keys[0];
  if (!active) throw new Error('at least one encryption key is required');
  const byId = new Map(keys.map((k) => [k.id, k.key]));

  return {
    activeKeyId: active.id,

    seal(rowId: string, token: string): SealedToken {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', active.key, iv);
      cipher.setAAD(aad(rowId, active.id));
      const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
      return { keyId: active.id, ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]) };
    },

    open(rowId: string, sealed: SealedToken): string {
      const key = byId.get(sealed.keyId);
      if (!key) throw new TokenDecryptionError(`token is sealed with key "${sealed.keyId}", which is not configured`);
      try {
        const iv = sealed.ciphertext.subarray(0, IV_BYTES);
        const tag = sealed.ciphertext.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
        const decipher = createDecipheriv('aes-256-gcm', key, iv);
        decipher.setAAD(aad(rowId, sealed.keyId));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(sealed.ciphertext.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new TokenDecryptionError('token could not be decrypted for this row');
      }
    },
  };
}

export type TokenCipher = ReturnType<typeof createTokenCipher>;

/** For duplicate detection: a one-way hash of a high-entropy token reveals nothing usable. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(`adsauth-token:${token}`).digest('hex');
}

/** What people see instead of the token: its last four characters. */
export function tokenFingerprint(token: string): string {
  return `…${token.slice(-4)}`;
}
