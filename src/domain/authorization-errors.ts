// Expected failures of the authorization use cases. Each becomes a member of a mutation's result
// union. Messages are shown to API clients as they are: never a token, a code or a secret in them.
import { DomainError } from './errors.ts';

export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

export class NotFound extends DomainError {
  constructor(readonly resource: string) {
    super(`No ${resource} with that id in this workspace.`);
  }
}

export class InvalidOAuthState extends DomainError {
  constructor() {
    super('This authorization link is unknown, expired or already used. Start the Facebook connection again.');
  }
}

export class OAuthDenied extends DomainError {
  constructor(
    readonly reason: string | undefined,
    readonly description: string | undefined,
  ) {
    super('The Facebook user cancelled the connection or declined the app. Nothing was saved.');
  }
}

export class CodeExchangeFailed extends DomainError {
  constructor(
    readonly graphCode: number | undefined,
    readonly graphSubcode: number | undefined,
    graphMessage: string,
  ) {
    super(`Facebook refused the authorization code: ${graphMessage} Start the Facebook connection again.`);
  }
}

export class InvalidToken extends DomainError {
  constructor(
    readonly reason: 'NOT_VALID' | 'OTHER_APP',
    detail: string,
  ) {
    super(detail);
  }
}

export class WrongTokenType extends DomainError {
  constructor(
    readonly tokenType: string,
    readonly expected: string,
    message: string,
  ) {
    super(message);
  }
}

export class MissingPermissions extends DomainError {
  constructor(readonly missingScopes: string[]) {
    super(`The token lacks ${missingScopes.join(', ')}. Generate a token with ${missingScopes.join(', ')} checked.`);
  }
}

export class DuplicateToken extends DomainError {
  constructor(readonly authorizationId: string) {
    super('This token is already registered in this workspace.');
  }
}

/** A re-authorization was completed by another Facebook user than the one the authorization belongs to. */
export class FacebookUserMismatch extends DomainError {
  constructor() {
    super(
      'This authorization belongs to another Facebook user. Sign in to Facebook as that user, or connect the other user as a new authorization. Nothing was changed.',
    );
  }
}

/** A replacement token belongs to another system user than the one the authorization holds a token of. */
export class SystemUserMismatch extends DomainError {
  constructor() {
    super(
      'This token belongs to another system user than the one this authorization was set up with. Generate the new token for the same system user, or confirm the change of system user. Nothing was changed.',
    );
  }
}

export class GraphUnavailable extends DomainError {
  constructor(
    readonly retryable: boolean,
    detail: string,
  ) {
    super(`Facebook could not be reached or refused the call: ${detail}`);
  }
}

/** A Login for Business flow was asked for, but the setting with its configuration id is not set. */
export class LoginNotConfigured extends DomainError {
  constructor(readonly setting: string) {
    super(`Login for Business is not set up: set ${setting} to the id of a configuration from the App Dashboard.`);
  }
}
