// A check of a token that got no answer about it from Facebook (or could not be made), as kept with
// its authorization until the next failure replaces it. A failed check never changes the token's state.

/** How a failed check is classified: Graph's error classes, and DECRYPTION when the stored token could not be opened. */
export const CHECK_ERROR_CLASSES = ['REAUTH', 'PERMISSION', 'THROTTLE', 'TRANSIENT', 'CLIENT', 'DECRYPTION'] as const;
export type CheckErrorClass = (typeof CHECK_ERROR_CLASSES)[number];

export interface StoredCheckError {
  /** REAUTH, PERMISSION, THROTTLE, TRANSIENT or CLIENT, as Graph errors are classified; DECRYPTION when the token could not be opened. */
  errorClass: string;
  code: number | null;
  subcode: number | null;
  message: string;
  fbtraceId: string | null;
  /** When it failed, as an ISO 8601 string. */
  at: string;
}
