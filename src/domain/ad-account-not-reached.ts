// The workspace knows the ad account, but through another authorization: "not found" here would send
// a person looking for an account the workspace plainly has.
import { NotFound } from './authorization-errors.ts';

/** A NotFound (the same result member for clients), worded for an account this authorization does not reach. */
export class AdAccountNotReached extends NotFound {
  constructor(accountId: string) {
    super('ad account');
    this.message = `This authorization does not reach ad account ${accountId}; another authorization in this workspace does. Ask about that authorization, or give this authorization's Facebook user or system user access to the account.`;
  }
}
