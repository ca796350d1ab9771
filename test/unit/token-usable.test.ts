import { describe, expect, it } from 'vitest';
import { isKnownToAuthenticate, isUsable, TOKEN_STATES, type TokenState } from '../../src/domain/token-state.ts';

const refused: TokenState[] = ['EXPIRED', 'INVALIDATED', 'REVOKED'];

describe('isUsable', () => {
  it('is false only for the states Facebook refuses outright', () => {
    expect(TOKEN_STATES.filter((state) => !isUsable(state))).toEqual(refused);
  });

  it('is true for a token never checked, and for one that only lacks a permission or its data access', () => {
    const usable: TokenState[] = ['UNCHECKED', 'MISSING_PERMISSIONS', 'DATA_ACCESS_EXPIRED', 'EXPIRING_SOON', 'VALID'];
    expect(usable.every(isUsable)).toBe(true);
  });
});

describe('isKnownToAuthenticate', () => {
  it('is isUsable without UNCHECKED: a token never checked is not known to work', () => {
    expect(TOKEN_STATES.filter((state) => !isKnownToAuthenticate(state))).toEqual([...refused, 'UNCHECKED']);
  });
});
