import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTokenCipher, TokenDecryptionError, tokenFingerprint, tokenHash } from '../../src/services/kernel/token-cipher.ts';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };
const token = 'EAABsecret-token-value-1234';

describe('token cipher', () => {
  it('round-trips a token and never stores it in clear', () => {
    const cipher = createTokenCipher([k1]);
    const sealed = cipher.seal('row-1', token);
    expect(sealed.keyId).toBe('k1');
    expect(sealed.ciphertext.includes(Buffer.from(token))).toBe(false);
    expect(cipher.open('row-1', sealed)).toBe(token);
  });

  it('uses a fresh IV on every write', () => {
    const cipher = createTokenCipher([k1]);
    const a = cipher.seal('row-1', token).ciphertext;
    const b = cipher.seal('row-1', token).ciphertext;
    expect(a.subarray(0, 12).equals(b.subarray(0, 12))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it('refuses a ciphertext moved to another row', () => {
    const cipher = createTokenCipher([k1]);
    const sealed = cipher.seal('row-1', token);
    expect(() => cipher.open('row-2', sealed)).toThrow(TokenDecryptionError);
  });

  it('refuses a ciphertext relabelled with another key id', () => {
    const cipher = createTokenCipher([k1, k2]);
    const sealed = cipher.seal('row-1', token);
    expect(() => cipher.open('row-1', { ...sealed, keyId: 'k2' })).toThrow(TokenDecryptionError);
  });

  it('refuses tampered bytes', () => {
    const cipher = createTokenCipher([k1]);
    const sealed = cipher.seal('row-1', token);
    sealed.ciphertext[sealed.ciphertext.length - 1]! ^= 1;
    expect(() => cipher.open('row-1', sealed)).toThrow(TokenDecryptionError);
  });

  it('seals with the first key and still opens rows sealed with an older one', () => {
    const old = createTokenCipher([k1]).seal('row-1', token);
    const rotated = createTokenCipher([k2, k1]);
    expect(rotated.activeKeyId).toBe('k2');
    expect(rotated.open('row-1', old)).toBe(token);
    expect(rotated.seal('row-1', token).keyId).toBe('k2');
  });

  it('names a missing key without revealing anything else', () => {
    const old = createTokenCipher([k1]).seal('row-1', token);
    const error = (() => {
      try {
        createTokenCipher([k2]).open('row-1', old);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toContain('"k1"');
    expect(error?.message).not.toContain(token);
  });

  it('fingerprints with the last four characters and hashes one-way', () => {
    expect(tokenFingerprint(token)).toBe('…1234');
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(token)).not.toContain(token);
    expect(tokenHash(token)).toBe(tokenHash(token));
  });
});
