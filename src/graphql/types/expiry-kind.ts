import { EXPIRY_KINDS, type ExpiryKind } from '../../domain/events.ts';
import { builder } from '../builder.ts';
import { describedValues, knownOr } from './enum-values.ts';

const descriptions = {
  token: 'The token itself expires.',
  data_access: "The token's data access expires (90 days after the person last used the app).",
} satisfies Record<ExpiryKind, string>;

export const ExpiryKindEnum = builder.enumType('ExpiryKind', {
  description: 'What an expiry warning is about.',
  values: describedValues(descriptions, 'A kind recorded by another version of adsauth that this one does not know.'),
});

/** A stored kind, read back: null stays null, one this version does not know is UNKNOWN. */
export const expiryKindOf = (stored: string | null) => (stored === null ? null : knownOr(EXPIRY_KINDS, stored));
