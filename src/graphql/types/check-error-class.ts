import { CHECK_ERROR_CLASSES, type CheckErrorClass } from '../../domain/check-error.ts';
import { builder } from '../builder.ts';
import { describedValues, knownOr } from './enum-values.ts';

const descriptions = {
  REAUTH: 'Facebook refused the token (expired, invalidated or revoked): a person must reconnect.',
  PERMISSION: 'The token lacks a permission, or the app a capability.',
  THROTTLE: 'Facebook rate-limited the call: adsauth waits and tries again.',
  TRANSIENT: 'Facebook failed, timed out or could not be reached: worth retrying.',
  CLIENT: 'Facebook refused the request as malformed; retrying will not help.',
  DECRYPTION: 'The stored token could not be decrypted: its key is not in ADSAUTH_ENCRYPTION_KEYS, or the row was altered.',
} satisfies Record<CheckErrorClass, string>;

export const CheckErrorClassEnum = builder.enumType('CheckErrorClass', {
  description: 'Why a check of a token got no answer about it.',
  values: describedValues(descriptions, 'A class recorded by another version of adsauth that this one does not know.'),
});

/** A stored error class, read back: one this version does not know is UNKNOWN. */
export const checkErrorClassOf = (stored: string) => knownOr(CHECK_ERROR_CLASSES, stored);
