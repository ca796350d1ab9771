// SQLite plans with the value of a bound LIMIT, so a statement that binds one is compiled again on every
// read: the hot pages write their limit into the statement's text instead, one statement per page size
// (and per shape). This keeps those statements, compiled once each.

/** The most statements a cache keeps: a client that walks through many page sizes starts it over now and then. */
const MAX_STATEMENTS = 64;

/** A statement per name, prepared the first time the name is asked for. */
export function statementCache<Statement>(): (name: string, prepare: () => Statement) => Statement {
  const statements = new Map<string, Statement>();
  return (name, prepare) => {
    let found = statements.get(name);
    if (!found) {
      if (statements.size >= MAX_STATEMENTS) statements.clear();
      statements.set(name, (found = prepare()));
    }
    return found;
  };
}

/** A page size as written into a statement's text: a whole number, never negative. */
export const limitText = (limit: number): string => String(Math.max(0, Math.trunc(limit)));
