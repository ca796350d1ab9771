import { DomainError } from './errors.ts';

/** No authorization of this workspace can read the business's system users (business_management). */
export class BusinessNotReachable extends DomainError {
  constructor(readonly businessId: string) {
    super(
      `No authorization in this workspace can read the system users of business ${businessId}. ` +
        'Register a system-user token of that business, or connect a person who works in it, with business_management.',
    );
  }
}
