/** The digits of an ad-account id given with or without `act_` (`act_123`, `123`); undefined for anything else. */
export function parseAdAccountId(input: string): string | undefined {
  const match = /^(?:act_)?(\d{1,30})$/.exec(input.trim());
  return match?.[1];
}
