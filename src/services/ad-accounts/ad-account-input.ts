import { parseAdAccountId } from '../../domain/ad-account-id.ts';
import { ValidationError } from '../../domain/authorization-errors.ts';

/** The digits of an ad-account id given as `act_123` or `123`; anything else is a ValidationError. */
export function requireAdAccountId(input: string): string {
  const accountId = parseAdAccountId(input);
  if (!accountId) {
    throw new ValidationError(
      'adAccountId must be an ad-account id: digits, with or without the act_ prefix (e.g. act_1234 or 1234).',
      'adAccountId',
    );
  }
  return accountId;
}
