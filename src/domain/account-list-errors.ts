import { DomainError } from './errors.ts';

/** The app's account list is at its access level's limit and does not hold this account. */
export class AccountListFull extends DomainError {
  constructor(
    readonly accountId: string,
    readonly limit: number,
  ) {
    super(
      `The app's account list is full (${limit} ad accounts at this access level) and does not hold ${accountId}. ` +
        'Free a place by taking an ad account off the account list, or move the app to the next access level.',
    );
  }
}
