/**
 * The base of every expected, user-fixable failure (the first of the three error channels: README, "API keys and roles"). A service throws a
 * subclass; the GraphQL field lists that subclass in its `errors: { types: [...] }`, and the
 * client receives it as a member of the field's result union, implementing `Error { message }`.
 * Anything that is not a DomainError is unexpected: yoga masks it and it is logged.
 *
 * Messages are shown to API clients as they are: never put a token or a secret in one.
 */
export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
